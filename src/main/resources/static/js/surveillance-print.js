// The signal report's print button (issue 16): the browser prints the page without header, menu and handling forms.
document.querySelectorAll('#print-signal[data-print]').forEach((b) => b.addEventListener('click', () => window.print()));
