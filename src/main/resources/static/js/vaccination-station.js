// Nurse's station: the signature pad of the consent form and the observation countdowns (no inline script: CSP).
(function () {
  const zh = (document.documentElement.lang || 'zh').startsWith('zh');
  const pad = document.getElementById('signature-pad');
  if (pad) {
    const ctx = pad.getContext('2d');
    let drawing = false, drawn = false;
    ctx.lineWidth = 2.5; ctx.lineCap = 'round'; ctx.strokeStyle = '#1f2933';
    const at = (e) => { const r = pad.getBoundingClientRect(); const p = e.touches ? e.touches[0] : e;
      return [(p.clientX - r.left) * pad.width / r.width, (p.clientY - r.top) * pad.height / r.height]; };
    const start = (e) => { drawing = true; const [x, y] = at(e); ctx.beginPath(); ctx.moveTo(x, y); e.preventDefault(); };
    const move = (e) => { if (!drawing) return; const [x, y] = at(e); ctx.lineTo(x, y); ctx.stroke(); drawn = true; e.preventDefault(); };
    const end = () => { drawing = false; };
    pad.addEventListener('mousedown', start); pad.addEventListener('mousemove', move); window.addEventListener('mouseup', end);
    pad.addEventListener('touchstart', start, { passive: false }); pad.addEventListener('touchmove', move, { passive: false });
    pad.addEventListener('touchend', end);
    document.getElementById('signature-clear').addEventListener('click', () => { ctx.clearRect(0, 0, pad.width, pad.height); drawn = false; });
    document.getElementById('consent-form').addEventListener('submit', () => {
      document.getElementById('signature').value = drawn ? pad.toDataURL('image/png') : '';
    });
  }
  function fmt(ms) { const s = Math.max(0, Math.floor(ms / 1000)); return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); }
  function tick() {
    document.querySelectorAll('[data-until]').forEach((el) => {
      const left = Date.parse(el.dataset.until) - Date.now();
      el.textContent = left > 0 ? (zh ? '留观剩余 ' : 'Observation ') + fmt(left) : (zh ? '留观结束，请回访' : 'Observation over: call back');
      el.classList.toggle('vx-due', left <= 0);
    });
  }
  tick(); setInterval(tick, 1000);
})();
