// ESXi Backup Manager Cloud — progressive enhancement of the customer pages. Every page works
// without it: forms post and the server answers with the next page. With it, the promo code is
// checked as it is typed, payment forms are checked before they are sent, and the confirmation
// page follows the payment by itself.
"use strict";

(function () {
  function csrfTokenOf(form) {
    var field = form.querySelector("input[name=csrf_token]");
    return field ? field.value : "";
  }

  function postForm(url, form) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-CSRF-Token": csrfTokenOf(form),
        "Accept": "application/json"
      },
      body: new URLSearchParams(new FormData(form)).toString()
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  function preventDoubleSubmit(form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.busy === "1") {
        event.preventDefault();
        return;
      }
      if (!event.defaultPrevented) form.dataset.busy = "1";
    });
  }

  // Step 1: the promo code is checked (and the summary updated) without leaving the page.
  function enhanceRegisterForm(form) {
    var input = form.querySelector("#coupon_code");
    var apply = form.querySelector("[data-apply-coupon]");
    var remove = form.querySelector("[data-remove-coupon]");
    var message = form.querySelector("#coupon-message");
    var field = form.querySelector("[data-coupon]");
    var summary = document.getElementById("order-summary");
    var timer = null;

    function show(result) {
      summary.innerHTML = result.summary_html;
      var applied = result.valid === true;
      var code = input.value.trim();
      message.textContent = code === "" ? "" : result.message;
      message.className = applied || code === "" ? "hint" : "field-error";
      field.classList.toggle("has-error", !applied && code !== "");
      input.readOnly = applied;
      apply.hidden = applied;
      remove.hidden = !applied;
    }

    function check() {
      postForm("/register/coupon", form).then(show).catch(function () {
        form.requestSubmit(apply);
      });
    }

    apply.addEventListener("click", function (event) {
      event.preventDefault();
      check();
    });
    remove.addEventListener("click", function (event) {
      event.preventDefault();
      input.value = "";
      input.readOnly = false;
      check();
      input.focus();
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      if (input.value.trim().length >= 3) timer = setTimeout(check, 700);
    });
    form.querySelectorAll("[data-refresh-summary]").forEach(function (select) {
      select.addEventListener("change", check);
    });
    preventDoubleSubmit(form);
  }

  // Step 2: the Mobile Money number is required when that method is chosen.
  function enhancePaymentForm(form) {
    form.addEventListener("submit", function (event) {
      var momo = form.querySelector("#method-mtn_momo");
      var phone = form.querySelector("#phone");
      var error = form.querySelector("[data-phone-error]");
      if (momo && momo.checked && phone && phone.value.trim() === "") {
        event.preventDefault();
        error.hidden = false;
        phone.setAttribute("aria-invalid", "true");
        phone.focus();
      }
    });
    preventDoubleSubmit(form);
  }

  // Step 3: a pending payment is asked about every few seconds; the page reloads when it moves.
  function followPayment(section) {
    var state = section.dataset.state;
    if (state === "waiting") {
      var polls = 0;
      var poll = function () {
        polls += 1;
        fetch(section.dataset.statusUrl, { credentials: "same-origin", headers: { "Accept": "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { state: state }; })
          .then(function (result) {
            if (result.state !== state) window.location.reload();
            else if (polls < 200) setTimeout(poll, 3000);
          })
          .catch(function () { if (polls < 200) setTimeout(poll, 6000); });
      };
      setTimeout(poll, 3000);
    }
    var next = section.querySelector("[data-redirect]");
    if (state === "completed" && next) {
      setTimeout(function () { window.location.assign(next.href); }, 6000);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-register-form]").forEach(enhanceRegisterForm);
    document.querySelectorAll("[data-payment-form]").forEach(enhancePaymentForm);
    document.querySelectorAll("[data-payment-status]").forEach(followPayment);
  });
})();
