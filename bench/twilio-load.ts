import http from "node:http";
import twilio from "twilio";
import { inboundSmsParams, newMessageSid } from "../test/fakes/twilio-server.js";

/** Signed Twilio webhooks as a load generator sends them: one of `bodies` from one of `phones` each. */
export interface SignedWebhook {
  body: string;
  signature: string;
}

export function signedWebhooks(o: { count: number; phones: string[]; bodies: string[]; accountSid: string; authToken: string; webhookUrl: string; to: string }): SignedWebhook[] {
  return Array.from({ length: o.count }, (_, i) => {
    const params = inboundSmsParams({ accountSid: o.accountSid, from: o.phones[i % o.phones.length]!, to: o.to, body: o.bodies[i % o.bodies.length]!, messageSid: newMessageSid() });
    return { body: new URLSearchParams(params).toString(), signature: twilio.getExpectedTwilioSignature(o.authToken, o.webhookUrl, params) };
  });
}

export interface Poster {
  /** POSTs one webhook; resolves with its latency in ms, or null when it failed (non-200 or no answer). */
  post(webhook: SignedWebhook): Promise<number | null>;
  close(): void;
}

export function webhookPoster(url: string): Poster {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL(url);
  return {
    post: (webhook) =>
      new Promise((resolve) => {
        const started = performance.now();
        const req = http.request(
          {
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: "POST",
            agent,
            headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": webhook.signature, "content-length": Buffer.byteLength(webhook.body) },
          },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode === 200 ? performance.now() - started : null));
          },
        );
        req.on("error", () => resolve(null));
        req.end(webhook.body);
      }),
    close: () => agent.destroy(),
  };
}

/** Fires `list` at `rate` per second, open loop (a slow answer does not slow the sender down). */
export async function fireOpenLoop<T>(list: readonly T[], rate: number, send: (item: T) => Promise<unknown>): Promise<void> {
  const inFlight: Promise<unknown>[] = [];
  const began = performance.now();
  let next = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(list.length, Math.floor(((performance.now() - began) / 1000) * rate));
      while (next < due) inFlight.push(send(list[next++]!));
      if (next >= list.length) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
  await Promise.all(inFlight);
}

/** Sends `list` from `senders` concurrent senders, each sending its next one as soon as the last is answered. */
export async function fireClosedLoop<T>(list: readonly T[], senders: number, send: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (next < list.length) await send(list[next++]!);
    }),
  );
}
