// Data islands (issue 15, strict CSP): a page hands data to its script in <script type="application/json" id=…>,
// written by Thymeleaf's JavaScript inlining. That inlining may escape a single quote as \' (valid JavaScript,
// invalid JSON), so it is undone before parsing; nothing is evaluated.
window.rhpData = function (id) {
  const el = document.getElementById(id);
  return el ? JSON.parse(el.textContent.replace(/\\'/g, "'")) : {};
};
