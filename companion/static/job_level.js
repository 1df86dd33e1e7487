// Shows the DOT strength level the job analysis reaches while the therapist types it, and each
// complete lift's NIOSH recommended weight limit and lifting index.
(function () {
  const form = document.getElementById("new-job");
  const out = document.getElementById("derived-level");
  if (!form || !out) return;
  let pending = null;
  async function refresh() {
    const params = new URLSearchParams(new FormData(form));
    params.delete("csrf_token");
    const answer = await fetch(out.dataset.url + "?" + params.toString(), {
      headers: { Accept: "application/json" },
    });
    if (!answer.ok) return;
    const derived = await answer.json();
    for (const cell of form.querySelectorAll(".lift-result[data-row]")) {
      cell.textContent = (derived.lifts || {})[cell.dataset.row] || "";
    }
    if (!derived.level) {
      out.textContent = "Derived level: give a demand's load, force or time.";
      return;
    }
    const level = derived.level.replace("_", " ");
    out.textContent = derived.because
      ? `Derived level: ${level} (${derived.because})`
      : `Derived level: ${level}`;
  }
  form.addEventListener("input", () => {
    clearTimeout(pending);
    pending = setTimeout(refresh, 150);
  });
  form.addEventListener("change", refresh);
})();
