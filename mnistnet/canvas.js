// The drawing canvas of notebook 11, the browser side of mnistnet.widgets.DigitCanvas (an anywidget).
// Pointer events, so a mouse, a pen or a finger all work. Drawing stays in the browser; when a stroke
// ends (pointer up) it sends the ink once, as bytes: the canvas's alpha channel, side x side grey
// levels 0..255 (ink high), row after row. Clear wipes it here and sends b"" to Python.
function render({ model, el }) {
  const side = model.get("side");
  const box = document.createElement("div");
  box.className = "mnistnet-draw";
  const canvas = document.createElement("canvas");
  canvas.width = side;
  canvas.height = side;
  // paper is the white CSS background; ink is opaque black, so the alpha channel is the ink
  canvas.style.cssText = "background:#fff;border:1px solid #888;touch-action:none;cursor:crosshair;display:block";
  const pen = canvas.getContext("2d", { willReadFrequently: true });
  pen.lineCap = "round";
  pen.lineJoin = "round";
  pen.strokeStyle = "#000";
  pen.fillStyle = "#000";
  pen.lineWidth = model.get("pen");
  const clear = document.createElement("button");
  clear.className = "jupyter-button mnistnet-clear";
  clear.textContent = model.get("clear_label");
  clear.style.marginTop = "4px";
  box.append(canvas, clear);
  el.append(box);

  let last = null;
  function point(event) {
    const r = canvas.getBoundingClientRect();
    return [(event.clientX - r.left) * side / r.width, (event.clientY - r.top) * side / r.height];
  }
  function send() {  // once per stroke: the alpha channel, side x side bytes
    const rgba = pen.getImageData(0, 0, side, side).data;
    const ink = new Uint8Array(side * side);
    for (let i = 0; i < ink.length; i++) ink[i] = rgba[4 * i + 3];
    model.set("pixels", new DataView(ink.buffer));
    model.set("strokes", model.get("strokes") + 1);
    model.save_changes();
  }
  canvas.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    last = point(event);
    pen.beginPath();  // a dot for a click without a move
    pen.arc(last[0], last[1], pen.lineWidth / 2, 0, 2 * Math.PI);
    pen.fill();
  });
  canvas.addEventListener("pointermove", (event) => {
    if (last === null) return;
    const p = point(event);
    pen.beginPath();
    pen.moveTo(last[0], last[1]);
    pen.lineTo(p[0], p[1]);
    pen.stroke();
    last = p;
  });
  function end() {
    if (last === null) return;
    last = null;
    send();
  }
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
  clear.addEventListener("click", () => {
    pen.clearRect(0, 0, side, side);
    model.set("pixels", new DataView(new ArrayBuffer(0)));
    model.save_changes();
  });
  model.on("change:pixels", () => {  // cleared from Python
    if (model.get("pixels").byteLength === 0) pen.clearRect(0, 0, side, side);
  });
}
export default { render };
