// The follow-up record's print button (issue 16): the browser prints the patient page without header and forms.
document.querySelectorAll('#print-record[data-print]').forEach((b) => b.addEventListener('click', () => window.print()));
