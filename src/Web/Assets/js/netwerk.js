// Highlights one participant in the server-rendered network: its arrangements and their lines stay visible,
// everything else is dimmed. Works on the inline SVG of /netwerk; no framework, no inline script (CSP).
(function () {
  'use strict';
  var svg = document.querySelector('svg.network');
  var select = document.getElementById('markeer');
  if (!svg || !select) return;
  var arrs = Array.prototype.slice.call(svg.querySelectorAll('g.arr'));
  var orgs = Array.prototype.slice.call(svg.querySelectorAll('g.org'));

  function highlight(orgId) {
    svg.classList.toggle('focus', !!orgId);
    var id = orgId ? orgId.slice(1) : null;
    var partners = {};
    arrs.forEach(function (g) {
      var members = (g.getAttribute('data-orgs') || '').split(' ');
      var on = !id || members.indexOf(id) >= 0;
      g.classList.toggle('dim', !on);
      g.classList.toggle('hl', !!id && on);
      if (id && on) members.forEach(function (m) { partners[m] = true; });
    });
    orgs.forEach(function (g) {
      var on = !id || partners[g.id.slice(1)];
      g.classList.toggle('dim', !on);
      g.classList.toggle('sel', !!id && g.id === orgId);
    });
  }

  select.addEventListener('change', function () { highlight(select.value); });
  svg.addEventListener('click', function (e) {
    var g = e.target.closest && e.target.closest('g.org');
    if (!g) return;
    select.value = g.id;
    highlight(g.id);
  });
  if (select.value) highlight(select.value);
})();
