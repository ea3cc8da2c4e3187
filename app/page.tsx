import type { Metadata } from "next";
import { ContentPage } from "@/components/content/content-page";
import { findPage, loadContent } from "@/lib/content/load-content";
import { sharingMetadata } from "@/lib/sharing-metadata";

export function generateMetadata(): Metadata {
  const page = findPage("/");
  const { strings } = loadContent();
  const title = `${strings.siteName}: ${page.title}`;
  return { title: { absolute: title }, description: page.description, ...sharingMetadata({ ...page, title }, strings) };
}

export default function HomePage() {
  const page = findPage("/");
  return <ContentPage route="/" title={page.title} body={page.body} />;
}
