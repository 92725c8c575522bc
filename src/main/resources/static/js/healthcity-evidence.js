// Evidence upload: the native file input is hidden (its button speaks the browser's language); the chosen names
// are listed beside the platform's own button.
document.addEventListener('DOMContentLoaded', function () {
  var input = document.getElementById('evidence');
  var names = document.getElementById('evidence-names');
  if (!input || !names) {
    return;
  }
  input.addEventListener('change', function () {
    if (input.files.length === 0) {
      return;
    }
    var list = [];
    for (var i = 0; i < input.files.length; i++) {
      list.push(input.files[i].name);
    }
    names.textContent = list.join('、');
  });
});
