"use client";

import { useEffect, useId, useRef, useState } from "react";

export const DEFAULT_DEVICES: Record<string, [number, number]> = {
  phone: [390, 844],
  tablet: [820, 1180],
  laptop: [1366, 768],
  desktop: [1920, 1080],
};

const BEZEL: Record<string, number> = { phone: 14, tablet: 18, laptop: 12, desktop: 10 };

/** The live preview in a device frame, scaled to fit the space it has. */
export function DevicePreview({ url, devices }: { url: string; devices?: Record<string, readonly number[]> }) {
  const sizes: Record<string, [number, number]> = { ...DEFAULT_DEVICES };
  for (const [name, size] of Object.entries(devices ?? {})) {
    if (name.includes("landscape")) continue; // the orientation toggle turns any device
    if (Array.isArray(size) && size.length >= 2) sizes[name] = [Number(size[0]), Number(size[1])];
  }
  const names = Object.keys(sizes);
  const [device, setDevice] = useState("phone");
  const [landscape, setLandscape] = useState(false);
  const [width, setWidth] = useState(800);
  const [loaded, setLoaded] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const group = useId();

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  useEffect(() => setLoaded(false), [url]);

  const [portraitW, portraitH] = sizes[device] ?? DEFAULT_DEVICES.phone;
  // Phones and tablets are portrait by nature, screens landscape; the toggle turns either way.
  const naturalLandscape = portraitW > portraitH;
  const [w, h] = landscape === naturalLandscape ? [portraitW, portraitH] : [portraitH, portraitW];
  const bezel = BEZEL[device] ?? 12;
  const outerW = w + bezel * 2;
  const outerH = h + bezel * 2;
  const maxH = typeof window === "undefined" ? 900 : Math.max(360, window.innerHeight * 0.78);
  const scale = Math.min(1, width / outerW, maxH / outerH);

  return (
    <div className="preview">
      <div className="preview-controls">
        <fieldset className="segmented">
          <legend className="visually-hidden">Device</legend>
          {names.map((name) => (
            <label key={name} className={`segment ${device === name ? "segment-on" : ""}`}>
              <input
                type="radio"
                name={`${group}-device`}
                value={name}
                checked={device === name}
                onChange={() => {
                  setDevice(name);
                  const [dw, dh] = sizes[name] ?? DEFAULT_DEVICES.phone;
                  setLandscape(dw > dh);
                }}
              />
              {name.charAt(0).toUpperCase() + name.slice(1)}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend className="visually-hidden">Orientation</legend>
          {(["portrait", "landscape"] as const).map((o) => (
            <label key={o} className={`segment ${landscape === (o === "landscape") ? "segment-on" : ""}`}>
              <input
                type="radio"
                name={`${group}-orientation`}
                value={o}
                checked={landscape === (o === "landscape")}
                onChange={() => setLandscape(o === "landscape")}
              />
              {o === "portrait" ? "Portrait" : "Landscape"}
            </label>
          ))}
        </fieldset>
        <span className="muted small">
          {w}×{h} · {Math.round(scale * 100)}%
        </span>
        <a className="btn btn-small btn-ghost" href={url} target="_blank" rel="noopener noreferrer">
          Open in a new tab ↗
        </a>
      </div>
      <div className="preview-stage" ref={box}>
        <div className="device-shadow" style={{ width: outerW * scale, height: outerH * scale }}>
          <div
            className={`device device-${device}`}
            data-testid="device-frame"
            data-device={device}
            data-orientation={w < h ? "portrait" : "landscape"}
            style={{ width: outerW, height: outerH, padding: bezel, transform: `scale(${scale})` }}
          >
            <iframe
              key={url}
              src={url}
              title={`Prototype preview, ${device} ${w}×${h}`}
              width={w}
              height={h}
              data-loaded={loaded ? "true" : "false"}
              onLoad={() => setLoaded(true)}
              sandbox="allow-scripts allow-forms allow-popups allow-modals"
            />
          </div>
        </div>
      </div>
      <p className="muted small" aria-live="polite">
        {loaded ? "Preview loaded." : "Loading the preview…"}
      </p>
    </div>
  );
}
