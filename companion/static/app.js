// Companion dashboard: the little the pages need beyond HTML and CSS (served by the app; the CSP
// allows scripts from the app's own origin only).

// A text thread opens at its newest message: the latest reply (often the one that raised an
// alert) is what the therapist came to read.
document.querySelectorAll("ol.thread[data-newest-last]").forEach((thread) => {
  thread.scrollTop = thread.scrollHeight;
});
