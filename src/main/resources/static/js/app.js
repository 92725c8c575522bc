// htmx requests carry the CSRF token of the page (Spring Security checks it on every state-changing request).
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) event.detail.headers[header.content] = token.content;
});

// The strict CSP (script-src 'self', issue 15): htmx never evaluates strings (hx-on, js: values, event filters).
if (window.htmx) htmx.config.allowEval = false;

// <select data-autosubmit>: submits its form when changed (instead of an inline onchange handler).
document.addEventListener('change', (event) => {
  const field = event.target.closest('[data-autosubmit]');
  if (field && field.form) field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
});
