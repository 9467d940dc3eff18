// The size of an element in CSS pixels, following it as the window resizes.
import { useEffect, useState } from 'react';

export function useViewSize(element: HTMLElement | null): { width: number; height: number } {
  const [size, setSize] = useState({ width: 800, height: 600 });
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    setSize({ width: element.clientWidth, height: element.clientHeight });
    return () => observer.disconnect();
  }, [element]);
  return size;
}
