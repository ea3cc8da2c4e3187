import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CastList } from "@/components/cast/cast-list";
import { ConformanceReport } from "@/components/conformance/conformance-report";
import { ContentPage } from "@/components/content/content-page";
import { PronunciationTable } from "@/components/pronunciation/pronunciation-table";
import { loadContent } from "@/lib/content/load-content";
import { sharingMetadata } from "@/lib/sharing-metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent()
    .pages.filter((page) => page.route !== "/")
    .map((page) => ({ slug: page.route.slice(1).split("/") }));
}

function pageFor(slug: string[]) {
  return loadContent().pages.find((page) => page.route === `/${slug.join("/")}`) ?? notFound();
}

export async function generateMetadata({ params }: PageProps<"/[...slug]">): Promise<Metadata> {
  const page = pageFor((await params).slug);
  return { title: page.title, description: page.description, ...sharingMetadata(page, loadContent().strings) };
}

export default async function Page({ params }: PageProps<"/[...slug]">) {
  const page = pageFor((await params).slug);
  const content = loadContent();
  return (
    <ContentPage route={page.route} title={page.title} body={page.body}>
      {page.template === "cast-index" && <CastList cast={content.cast} strings={content.strings} />}
      {page.template === "pronunciation" && <PronunciationTable pronunciations={content.pronunciations} strings={content.strings} />}
      {page.template === "conformance-report" && (
        <ConformanceReport
          criteria={content.criteria}
          conformanceResults={content.conformanceResults}
          evaluations={content.evaluations}
          strings={content.strings}
        />
      )}
    </ContentPage>
  );
}
