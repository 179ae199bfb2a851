import { html } from "../html.js";
import { page } from "../layout.js";

export const loginPage = () =>
  page(
    { title: "Log in" },
    html`<section class="card narrow">
      <h1>hepbot</h1>
      <p>Log in to see your patients.</p>
      <form id="login" data-api="POST /api/auth/login" data-then="reload">
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required>
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <p class="error" role="alert"></p>
        <button type="submit">Log in</button>
      </form>
    </section>`,
  );
