import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContentPage } from "@/components/content/content-page";
import { loadContent } from "@/lib/content/load-content";
import { sharingMetadata } from "@/lib/sharing-metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent().cast.map((member) => ({ slug: member.slug }));
}

function castMemberFor(slug: string) {
  return loadContent().cast.find((member) => member.slug === slug) ?? notFound();
}

export async function generateMetadata({ params }: PageProps<"/cast/[slug]">): Promise<Metadata> {
  const member = castMemberFor((await params).slug);
  return {
    title: member.actor,
    description: member.description,
    ...sharingMetadata({ route: member.route, title: member.actor, description: member.description }, loadContent().strings),
  };
}

export default async function CastMemberPage({ params }: PageProps<"/cast/[slug]">) {
  const member = castMemberFor((await params).slug);
  const labels = loadContent().strings.castPage;
  return (
    <ContentPage route={member.route} title={member.actor} body={member.body} lead={
        <dl className="facts">
          <dt>{labels.actorLabel}</dt>
          <dd>{member.actor}</dd>
          <dt>{labels.roleLabel}</dt>
          <dd lang={member.roleLanguage}>{member.role}</dd>
        </dl>
      }>
      <p>
        <Link href="/cast">{labels.backLink}</Link>
      </p>
    </ContentPage>
  );
}
