// Tells the booking pages the visitor's time zone, so phone and video times can be shown in it too.
// It fills empty hidden "tz" fields (so the next request carries the zone and the server remembers it), and,
// on a page whose times the server wrote in the clinic's zone only, adds each time in the visitor's zone in
// place, in the server's own words ("06:00 your time", with the weekday when the date differs), so the page is
// never asked for twice. Without JavaScript the page offers a list of zones instead. No inline scripts (CSP).
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

  function parts(date, timeZone) {
    var out = {};
    new Intl.DateTimeFormat('en-GB', {
      timeZone: timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
      weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(date).forEach(function (p) { out[p.type] = p.value; });
    return out;
  }

  function yourTime(date, clinicZone) {
    var clinic = parts(date, clinicZone);
    var mine = parts(date, zone);
    var sameDay = clinic.year === mine.year && clinic.month === mine.month && clinic.day === mine.day;
    return (sameDay ? '' : mine.weekday + ' ') + mine.hour + ':' + mine.minute + ' your time';
  }

  function showTimes(form) {
    var clinicZone = form.getAttribute('data-clinic-zone');
    if (!clinicZone || clinicZone === zone || form.getAttribute('data-zone-known') === 'true') {
      return;
    }
    try {
      parts(new Date(), clinicZone);
    } catch (e) {
      return;
    }
    document.querySelectorAll('.slot-list button[name="start"]').forEach(function (button) {
      if (button.querySelector('.your-time')) {
        return;
      }
      var date = new Date(button.value);
      if (isNaN(date.getTime())) {
        return;
      }
      var text = yourTime(date, clinicZone);
      var span = document.createElement('span');
      span.className = 'your-time';
      span.textContent = text;
      button.appendChild(span);
      button.setAttribute('aria-label', button.getAttribute('aria-label') + ' (' + text + ')');
    });
    var note = document.querySelector('[data-your-zone]');
    if (note) {
      note.textContent = ', and in yours, ' + zone;
    }
    var select = form.querySelector('select[name="tz"]');
    if (select) {
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].value === zone) {
          select.selectedIndex = i;
        }
      }
    }
  }

  function start() {
    document.querySelectorAll('input[type="hidden"][data-browser-tz]').forEach(function (input) {
      if (!input.value) {
        input.value = zone;
      }
    });
    var form = document.querySelector('form[data-timezone-form]');
    if (form) {
      showTimes(form);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
