import { TerraformOutput, type TerraformStack } from "cdktf";
import type { ICertificateWatch } from "../certificates/certificate-watch";

/**
 * Adds the outputs that the scheduled-apply workflow and operators watch for a certificate:
 * `certificate_not_after`, `apply_schedule` (`daily` or `weekly`), `expiry_alert_hours` and, with
 * ARI, `certificate_renewal_window_start` and `certificate_renewal_window_end`. For stacks: library
 * constructs create no outputs.
 */
export function addCertificateOutputs(stack: TerraformStack, watch: ICertificateWatch): void {
  new TerraformOutput(stack, "certificate_not_after", { value: watch.notAfter, description: "Expiry of the served certificate: alert on it (Let's Encrypt sends no expiry e-mail)." });
  new TerraformOutput(stack, "apply_schedule", { value: watch.applySchedule, description: "How often terraform apply must run for the certificate to renew in time." });
  new TerraformOutput(stack, "expiry_alert_hours", { value: watch.expiryAlertHours, description: "Alert when fewer hours than this remain before certificate_not_after after an apply." });
  if (watch.renewalWindowStart !== undefined && watch.renewalWindowEnd !== undefined) {
    new TerraformOutput(stack, "certificate_renewal_window_start", { value: watch.renewalWindowStart, description: "Start of the CA's suggested renewal window (ARI)." });
    new TerraformOutput(stack, "certificate_renewal_window_end", { value: watch.renewalWindowEnd, description: "End of the CA's suggested renewal window (ARI): past it, renewal is overdue." });
  }
}
