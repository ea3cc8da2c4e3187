import type { Metadata } from "next";
import { ContentPage } from "@/components/content/content-page";
import { findPage, loadContent } from "@/lib/content/load-content";

export function generateMetadata(): Metadata {
  const page = findPage("/");
  return { title: { absolute: `${loadContent().strings.siteName}: ${page.title}` }, description: page.description };
}

export default function HomePage() {
  const page = findPage("/");
  return <ContentPage route="/" title={page.title} body={page.body} />;
}
