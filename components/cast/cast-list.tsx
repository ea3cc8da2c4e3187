import Link from "next/link";
import type { CastMember, Content } from "@/lib/content/load-content";

export function CastList({ cast, strings }: { cast: CastMember[]; strings: Content["strings"] }) {
  return (
    <section aria-labelledby="cast-list-heading">
      <h2 id="cast-list-heading">{strings.castList.heading}</h2>
      <ul className="card-list">
        {cast.map((member) => (
          <li key={member.slug}>
            <h3>
              <Link href={member.route}>{member.actor}</Link>
            </h3>
            <p>
              {strings.castList.playedBy} <span lang={member.roleLanguage}>{member.role}</span>, {member.summary}.
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
