import { App } from "cdktf";
import { addExampleStacks } from "./app";

const app = new App({ stackTraces: false });
addExampleStacks(app);
app.synth();
