import { App } from "cdktf";
import { addExampleStacks, addLkeExampleStacks } from "./app";

const app = new App({ stackTraces: false });
addExampleStacks(app);
addLkeExampleStacks(app);
app.synth();
