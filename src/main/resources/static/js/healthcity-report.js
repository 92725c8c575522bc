// The annual report's print button: the browser prints it or saves it as PDF with the print stylesheet.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});
