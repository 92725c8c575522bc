// The district's coverage map (issue 19): a schematic map of the towns (no tiles offline), each a circle sized by its
// children and coloured by DTaP-3 coverage against the 90 % target; names and figures in the tooltip (the central
// 街道 lie too close together for permanent labels); a tap opens the town's villages and schools.
(function () {
  const el = document.getElementById('coverage-map');
  if (!el || typeof L === 'undefined') {
    return;
  }
  const data = rhpData('coverage-map-data');
  const towns = data.towns || [];
  if (!towns.length) {
    return;
  }
  const k = Math.cos(30.1 * Math.PI / 180); // plane: y = latitude, x = longitude × cos(lat)
  const xy = (lat, lng) => [lat, lng * k];
  const map = L.map(el, {crs: L.CRS.Simple, zoomSnap: 0.25, attributionControl: false});
  const most = Math.max(1, ...towns.map((t) => t.children));
  const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
  towns.forEach((t) => {
    const ok = t.dtap3 >= 90;
    const none = t.children === 0; // no children in the cohort: no rate, grey
    L.circleMarker(xy(t.lat, t.lng), {
      radius: 6 + 14 * Math.sqrt(t.children / most),
      color: none ? '#9e9e9e' : ok ? '#2e7d32' : '#c62828',
      fillColor: none ? '#e0e0e0' : ok ? '#66bb6a' : '#ef5350',
      fillOpacity: 0.7,
      weight: 1,
    })
      .bindTooltip('<strong>' + escape(t.name) + '</strong><br>' + escape(data.dtap) + '：' + t.dtap3 + '%<br>'
        + escape(data.flu) + '：' + t.flu + '%<br>' + escape(data.children) + '：' + t.children)
      .on('click', () => { window.location.href = data.url + '?town=' + encodeURIComponent(t.code); })
      .addTo(map);
  });
  map.fitBounds(L.latLngBounds(towns.map((t) => xy(t.lat, t.lng))).pad(0.1));
  window.addEventListener('resize', () => map.invalidateSize());
})();
