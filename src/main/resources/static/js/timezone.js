// Tells the booking pages the visitor's time zone, so phone and video times can be shown in it too.
// It fills empty hidden "tz" fields and, on a page that does not know the zone yet, asks for the page again
// with ?tz= once. Without JavaScript the page offers a list of zones instead. No inline scripts (CSP).
(function () {
  'use strict';
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) {
    return;
  }
  function start() {
    document.querySelectorAll('input[type="hidden"][data-browser-tz]').forEach(function (input) {
      if (!input.value) {
        input.value = zone;
      }
    });
    var form = document.querySelector('form[data-timezone-form]');
    if (form && form.getAttribute('data-zone-known') !== 'true') {
      var url = new URL(window.location.href);
      if (!url.searchParams.has('tz')) {
        url.searchParams.set('tz', zone);
        window.location.replace(url.toString());
      }
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
