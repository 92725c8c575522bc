// Public AED finder (issue 20): schematic map (no tiles offline) of every AED in service, the user's position and
// the nearest open ones; a tap or the phone's location reloads the page with ?lat=&lng=.
(function () {
  const el = document.getElementById('aed-map');
  if (!el || typeof L === 'undefined') {
    return;
  }
  const k = Math.cos(30.1 * Math.PI / 180); // plane: y = latitude, x = longitude × cos(lat)
  const points = JSON.parse(el.dataset.points || '[]');
  const towns = JSON.parse(el.dataset.towns || '[]');
  const here = el.dataset.here ? JSON.parse(el.dataset.here) : null;
  const base = el.dataset.url;
  const map = L.map(el, {crs: L.CRS.Simple, zoomSnap: 0.25, attributionControl: false, preferCanvas: true});
  const xy = (lat, lng) => [lat, lng * k];

  towns.forEach((t) => {
    L.marker(xy(t.lat, t.lng), {
      icon: L.divIcon({className: 'aed-town', html: t.name, iconSize: null}),
      interactive: false,
    }).addTo(map);
  });
  points.forEach((p) => {
    L.circleMarker(xy(p[0], p[1]), {
      radius: p[2] ? 3 : 2,
      color: p[2] ? '#2e7d32' : '#9e9e9e',
      fillOpacity: 0.8,
      weight: 1,
      interactive: false,
    }).addTo(map);
  });

  const found = [];
  if (here) {
    L.circleMarker(xy(here[0], here[1]), {radius: 8, color: '#1565c0', fillColor: '#1e88e5', fillOpacity: 1})
      .addTo(map);
    found.push(xy(here[0], here[1]));
  }
  const nearestPoints = JSON.parse(el.dataset.nearest || '[]');
  nearestPoints.forEach((p, i) => {
    L.circleMarker(xy(p[0], p[1]), {radius: 7, color: '#c62828', fillColor: '#e53935', fillOpacity: 1})
      .bindTooltip(String(i + 1), {permanent: true, direction: 'top'})
      .addTo(map);
    found.push(xy(p[0], p[1]));
  });
  if (found.length > 1) {
    map.fitBounds(L.latLngBounds(found).pad(0.4));
  } else if (found.length === 1) {
    map.setView(found[0], 14);
  } else if (points.length) {
    map.fitBounds(L.latLngBounds(points.map((p) => xy(p[0], p[1]))).pad(0.05));
  } else {
    map.setView(xy(30.16, 120.27), 10);
  }

  const go = (lat, lng) => {
    window.location.href = base + '?lat=' + lat.toFixed(6) + '&lng=' + lng.toFixed(6);
  };
  map.on('click', (e) => go(e.latlng.lat, e.latlng.lng / k));
  const button = document.getElementById('aed-locate');
  const error = document.getElementById('aed-locate-error');
  if (button) {
    button.addEventListener('click', () => {
      if (!navigator.geolocation) {
        error.hidden = false;
        return;
      }
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(
        (pos) => go(pos.coords.latitude, pos.coords.longitude),
        () => {
          button.disabled = false;
          error.hidden = false;
        },
        {enableHighAccuracy: true, timeout: 10000, maximumAge: 30000});
    });
  }
})();
