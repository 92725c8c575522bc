// Staff maps of the emergency module (issue 20): schematic (no tiles offline), plane y = latitude,
// x = longitude × cos(30.1°). #registry-map: every AED coloured by condition, a click opens the device.
// #coverage-map: stations, villages coloured by minutes to the nearest station, the what-if site.
(function () {
  const k = Math.cos(30.1 * Math.PI / 180);
  const xy = (lat, lng) => [lat, lng * k];
  const COLORS = ['#2e7d32', '#f9a825', '#ef6c00', '#c62828', '#6a1b9a', '#9e9e9e'];

  function base(el) {
    return L.map(el, {crs: L.CRS.Simple, zoomSnap: 0.25, attributionControl: false, preferCanvas: true});
  }

  function fit(map, latlngs) {
    if (latlngs.length) {
      map.fitBounds(L.latLngBounds(latlngs).pad(0.05));
    } else {
      map.setView(xy(30.16, 120.27), 10);
    }
  }

  const registry = document.getElementById('registry-map');
  if (registry && typeof L !== 'undefined') {
    const points = JSON.parse(registry.dataset.points || '[]');
    const target = registry.dataset.base;
    const map = base(registry);
    points.forEach((p) => {
      L.circleMarker(xy(p[0], p[1]), {
        radius: p[2] === 0 ? 3 : 5, color: COLORS[p[2]], fillOpacity: 0.85, weight: 1,
      }).on('click', () => { window.location.href = target + p[3]; }).addTo(map);
    });
    fit(map, points.map((p) => xy(p[0], p[1])));
  }

  const coverage = document.getElementById('coverage-map');
  if (coverage && typeof L !== 'undefined') {
    const villages = JSON.parse(coverage.dataset.villages || '[]');
    const stations = JSON.parse(coverage.dataset.stations || '[]');
    const site = coverage.dataset.site ? JSON.parse(coverage.dataset.site) : null;
    const limits = JSON.parse(coverage.dataset.limits || '[5,10,15]');
    const map = base(coverage);
    const band = (m) => (m <= limits[0] ? 0 : m <= limits[1] ? 1 : m <= limits[2] ? 2 : 3);
    const VILLAGE = ['#2e7d32', '#9ccc65', '#f9a825', '#c62828'];
    villages.forEach((v) => {
      L.circleMarker(xy(v[0], v[1]), {radius: 4, color: VILLAGE[band(v[2])], fillOpacity: 0.8, weight: 1})
        .bindTooltip(v[3] + ' · ' + v[2].toFixed(1) + ' ' + (coverage.dataset.unit || '')).addTo(map);
    });
    stations.forEach((s) => {
      L.circleMarker(xy(s[0], s[1]), {radius: 7, color: '#0d47a1', fillColor: '#1e88e5', fillOpacity: 1, weight: 2})
        .bindTooltip(s[2]).addTo(map);
    });
    if (site) {
      L.circleMarker(xy(site[0], site[1]), {radius: 9, color: '#6a1b9a', fillColor: '#ab47bc', fillOpacity: 1, weight: 2})
        .bindTooltip(site[2], {permanent: true, direction: 'top'}).addTo(map);
    }
    fit(map, villages.map((v) => xy(v[0], v[1])).concat(stations.map((s) => xy(s[0], s[1]))));
  }
})();
