import type { APIRoute, GetStaticPaths } from 'astro';
import { appIconPng, appIcons, type AppIcon } from '../../cards/app-icons';

export const getStaticPaths = (() => appIcons.map((icon) => ({ params: { icon: icon.file.replace(/\.png$/, '') }, props: { icon } }))) satisfies GetStaticPaths;

/** The installable app's icons as PNG, drawn from the SVGs in `public/`. */
export const GET: APIRoute = async ({ props }) => {
  const png = await appIconPng(props.icon as AppIcon);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
