// ECG viewer (docs/ecg.md): zoom (fit the width, true size 25 mm/s, 2x, 4x) and calipers on the 12-lead SVG.
// The SVG's user unit is the millimetre: 25 mm = 1 s, 10 mm = 1 mV. Two taps measure the interval (ms), the rate it
// would mean (bpm) and the amplitude (mV); a third tap starts again. No inline script (CSP).
(function () {
  var svg = document.querySelector('.ecg-svg');
  var tools = document.getElementById('ecg-tools');
  if (!svg || !tools) { return; }
  var box = svg.viewBox.baseVal;
  var ns = 'http://www.w3.org/2000/svg';

  function zoom(factor, button) {
    tools.querySelectorAll('[data-zoom]').forEach(function (b) { b.classList.toggle('active', b === button); });
    if (factor === 0) {
      svg.style.width = '';
      svg.style.minWidth = '';
    } else {
      svg.style.width = (box.width * factor) + 'mm';
      svg.style.minWidth = '0';
    }
  }
  tools.querySelectorAll('[data-zoom]').forEach(function (button) {
    button.addEventListener('click', function () { zoom(parseFloat(button.getAttribute('data-zoom')), button); });
  });

  var toggle = document.getElementById('caliper-toggle');
  var readout = document.getElementById('caliper-readout');
  var on = false;
  var points = [];
  var layer = document.createElementNS(ns, 'g');
  layer.setAttribute('class', 'ecg-caliper');
  svg.appendChild(layer);

  function clear() {
    points = [];
    while (layer.firstChild) { layer.removeChild(layer.firstChild); }
  }
  function line(x1, y1, x2, y2, cls) {
    var l = document.createElementNS(ns, 'line');
    l.setAttribute('x1', x1); l.setAttribute('y1', y1); l.setAttribute('x2', x2); l.setAttribute('y2', y2);
    l.setAttribute('class', cls);
    layer.appendChild(l);
  }
  function mark(p) {
    line(p.x, box.y, p.x, box.y + box.height, 'ecg-caliper-leg');
    var c = document.createElementNS(ns, 'circle');
    c.setAttribute('cx', p.x); c.setAttribute('cy', p.y); c.setAttribute('r', '0.8');
    c.setAttribute('class', 'ecg-caliper-dot');
    layer.appendChild(c);
  }
  function set(id, text) { document.getElementById(id).textContent = text; }

  toggle.addEventListener('click', function () {
    on = !on;
    toggle.classList.toggle('active', on);
    toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    svg.classList.toggle('ecg-measuring', on);
    readout.hidden = !on;
    clear();
    set('cal-ms', '—'); set('cal-bpm', '—'); set('cal-mv', '—');
  });

  svg.addEventListener('click', function (event) {
    if (!on) { return; }
    var pt = svg.createSVGPoint();
    pt.x = event.clientX; pt.y = event.clientY;
    var p = pt.matrixTransform(svg.getScreenCTM().inverse());
    if (points.length === 2) { clear(); }
    points.push({ x: p.x, y: p.y });
    mark(p);
    if (points.length === 2) {
      var a = points[0], b = points[1];
      line(a.x, a.y, b.x, b.y, 'ecg-caliper-span');
      var ms = Math.abs(b.x - a.x) / 25 * 1000;
      var mv = (a.y - b.y) / 10;
      set('cal-ms', Math.round(ms).toString());
      set('cal-bpm', ms >= 200 ? Math.round(60000 / ms).toString() : '—');
      set('cal-mv', (mv >= 0 ? '+' : '') + mv.toFixed(2));
    }
  });
})();
