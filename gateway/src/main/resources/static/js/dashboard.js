// The dashboard's small behaviours; pages work without it (forms submit, links navigate).
(function () {
  // Selecting a fiscal year (or any select marked data-autosubmit) submits its form.
  document.addEventListener('change', function (event) {
    if (event.target.matches('select[data-autosubmit]')) {
      event.target.form.submit();
    }
  });
  // htmx requests carry the CSRF token the page was rendered with.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
