import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CastList } from "@/components/cast/cast-list";
import { ContentPage } from "@/components/content/content-page";
import { PronunciationTable } from "@/components/pronunciation/pronunciation-table";
import { loadContent } from "@/lib/content/load-content";

export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent()
    .pages.filter((page) => page.route !== "/")
    .map((page) => ({ slug: page.route.slice(1) }));
}

function pageFor(slug: string) {
  return loadContent().pages.find((page) => page.route === `/${slug}`) ?? notFound();
}

export async function generateMetadata({ params }: PageProps<"/[slug]">): Promise<Metadata> {
  const page = pageFor((await params).slug);
  return { title: page.title, description: page.description };
}

export default async function Page({ params }: PageProps<"/[slug]">) {
  const page = pageFor((await params).slug);
  const { cast, pronunciations, strings } = loadContent();
  return (
    <ContentPage title={page.title} body={page.body}>
      {page.template === "cast-index" && <CastList cast={cast} strings={strings} />}
      {page.template === "pronunciation" && <PronunciationTable pronunciations={pronunciations} strings={strings} />}
    </ContentPage>
  );
}
