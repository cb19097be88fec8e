// Upload page: drop files anywhere on the drop zone, see what was chosen, and watch the transfer
// progress. Without JavaScript the form is a plain multipart form and works the same.
(function () {
  "use strict";
  const form = document.getElementById("upload-form");
  const zone = document.getElementById("dropzone");
  if (!form || !zone) return;
  const input = zone.querySelector("input[type=file]");
  const chosen = document.getElementById("chosen");
  const bar = document.getElementById("upload-progress");

  function describe() {
    const names = Array.from(input.files).map((f) => f.name);
    chosen.textContent = names.length ? `${names.length} file${names.length === 1 ? "" : "s"}: ${names.slice(0, 8).join(", ")}${names.length > 8 ? "…" : ""}` : "";
  }
  input.addEventListener("change", describe);
  ["dragenter", "dragover"].forEach((type) => zone.addEventListener(type, (event) => {
    event.preventDefault();
    zone.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((type) => zone.addEventListener(type, () => zone.classList.remove("over")));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    const transfer = new DataTransfer();
    Array.from(input.files).concat(Array.from(event.dataTransfer.files)).forEach((f) => transfer.items.add(f));
    input.files = transfer.files;
    describe();
  });

  form.addEventListener("submit", (event) => {
    if (!window.XMLHttpRequest || !input.files.length) return; // plain submit for pasted text
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open("POST", form.action || window.location.href);
    bar.hidden = false;
    request.upload.addEventListener("progress", (e) => { if (e.lengthComputable) bar.value = (100 * e.loaded) / e.total; });
    request.addEventListener("load", () => {
      if (request.status < 400 && request.responseURL && request.responseURL !== window.location.href) {
        window.location.href = request.responseURL;
      } else {
        document.open(); document.write(request.responseText); document.close();
      }
    });
    request.addEventListener("error", () => { bar.hidden = true; chosen.textContent = "The upload failed; check the connection and try again."; });
    request.send(new FormData(form));
  });
})();
