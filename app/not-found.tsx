import type { Metadata } from "next";
import Link from "next/link";
import { loadContent } from "@/lib/content/load-content";

export function generateMetadata(): Metadata {
  const { title, description } = loadContent().strings.notFound;
  return { title, description };
}

export default function NotFound() {
  const { notFound } = loadContent().strings;
  return (
    <article className="content-page">
      <h1>{notFound.title}</h1>
      <p>{notFound.body}</p>
      <p>
        <Link href="/">{notFound.homeLink}</Link>
      </p>
    </article>
  );
}
