// Shows a time the server could only write in UTC (it did not know the visitor's zone) in the visitor's own zone,
// in the site's US style ("Wed, Dec 2, 2026, 9:00 AM EST"). Only <time data-local-time datetime="..."> elements
// are touched; without JavaScript the UTC time stays, labelled as such. No inline scripts (CSP).
(function () {
  'use strict';
  function show() {
    document.querySelectorAll('time[data-local-time][datetime]').forEach(function (el) {
      var date = new Date(el.getAttribute('datetime'));
      if (isNaN(date.getTime())) {
        return;
      }
      try {
        var day = new Intl.DateTimeFormat('en-US', {
          weekday: 'short', month: 'short', day: 'numeric', year: 'numeric'
        }).format(date);
        var time = new Intl.DateTimeFormat('en-US', {
          hour: 'numeric', minute: '2-digit', timeZoneName: 'short'
        }).format(date);
        el.textContent = day + ', ' + time;
        el.removeAttribute('data-local-time');
      } catch (e) {
        // keep the server's UTC time
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', show);
  } else {
    show();
  }
})();
