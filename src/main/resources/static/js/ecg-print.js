// ECG viewer: the print button prints the report with the 12-lead strip (docs/ecg.md)
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
