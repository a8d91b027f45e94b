package vn.minhbach.scenario;

import vn.minhbach.scenario.Plan.Conclusion;
import vn.minhbach.scenario.Plan.Member;
import vn.minhbach.scenario.Plan.Organisation;
import vn.minhbach.scenario.Plan.Person;
import vn.minhbach.scenario.Plan.Petition;
import vn.minhbach.scenario.Plan.Recommendation;
import vn.minhbach.scenario.Plan.Step;
import vn.minhbach.scenario.Plan.Target;
import vn.minhbach.scenario.Plan.Team;
import vn.minhbach.scenario.Plan.Visit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Turns a scenario into concrete records, deterministically from its seed, so that counting them by
 * the definitions of docs/contracts.md gives exactly the scenario's figures. {@link java.util.Random}
 * is used on purpose: its algorithm is fixed by its specification, so a seed gives the same plan on
 * every JVM.
 */
public final class Generator {

    /** The last date any generated record may carry (business dates must not be in the future). */
    private final LocalDate latest;

    public Generator() {
        this(LocalDate.now().minusDays(1));
    }

    public Generator(LocalDate latest) {
        this.latest = latest;
    }

    public Plan generate(Scenario s) {
        Random r = new Random(s.seed());
        List<Petition> petitions = new ArrayList<>();
        List<Visit> visits = new ArrayList<>();
        if (s.reception() != null) {
            petitions = petitions(s, new Random(r.nextLong()));
            visits = visits(s, petitions, new Random(r.nextLong()));
        } else {
            r.nextLong();
            r.nextLong();
        }
        List<Organisation> organisations = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        List<Member> staff = new ArrayList<>();
        List<Team> teams = new ArrayList<>();
        if (s.inspection() != null) {
            Random ir = new Random(r.nextLong());
            organisations = organisations(s, ir);
            members = members(s, organisations, ir);
            staff = staff(s, ir);
            teams = teams(s, organisations, members, staff, ir);
        }
        return new Plan(s, List.copyOf(visits), List.copyOf(petitions), List.copyOf(organisations),
                List.copyOf(members), List.copyOf(staff), List.copyOf(teams));
    }

    // ---------------------------------------------------------------- petitions

    private List<Petition> petitions(Scenario s, Random r) {
        Scenario.Reception rc = s.reception();
        int n = rc.petitions();
        // received dates: working days spread over the period, sorted so numbers follow dates
        List<LocalDate> received = new ArrayList<>();
        for (int i = 0; i < n; i++) received.add(workingDay(r, s.from(), s.to()));
        received.sort(Comparator.naturalOrder());

        // which ones are settled on `to`: earlier petitions are more likely settled, with noise so
        // that old petitions can still be in progress and recent ones already settled
        long span = Math.max(1, ChronoUnit.DAYS.between(s.from(), s.to()));
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = ChronoUnit.DAYS.between(s.from(), received.get(i)) / (double) span + r.nextGaussian() * 0.35;
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        boolean[] settled = new boolean[n];
        for (int i = 0; i < rc.settled(); i++) settled[order[i]] = true;

        List<String> settledOutcomes = exactMix(rc.settledOutcomes(), rc.settled(), r);
        List<String> progressStatuses = exactMix(rc.inProgressStatuses(), rc.inProgress(), r);
        int so = 0;
        int ps = 0;
        List<Petition> out = new ArrayList<>();
        List<Integer> flaggable = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String kind = weighted(rc.kinds(), r);
            String key = "P" + (i + 1);
            LocalDate d = received.get(i);
            List<Step> steps;
            if (settled[i]) {
                steps = settledPath(settledOutcomes.get(so++), d, s.to(), r);
            } else {
                steps = progressPath(progressStatuses.get(ps++), d, s.to(), r);
                if (r.nextDouble() < rc.settledAfterPeriodShare()) steps = settleAfter(steps, s.to(), r);
            }
            out.add(petition(s, key, kind, d, steps, true, r));
            if (kind.equals("DENUNCIATION") || kind.equals("FEEDBACK")) flaggable.add(i);
        }
        // petitions flagged for signs of corruption (none in the article's district)
        for (int f = 0; f < rc.corruptionSignsFlagged(); f++) {
            int idx = flaggable.isEmpty() ? r.nextInt(n) : flaggable.remove(r.nextInt(flaggable.size()));
            Petition p = out.get(idx);
            out.set(idx, p.flagged(clamp(p.receivedDate().plusDays(1 + r.nextInt(5)), p.receivedDate(), s.to())));
        }
        // petitions outside the period: must not be counted by any report of the period
        Scenario.Outside outside = rc.outsidePeriod();
        if (outside != null) {
            for (int i = 0; i < outside.before(); i++) {
                LocalDate d = workingDay(r, s.from().minusDays(90), s.from().minusDays(1));
                List<Step> steps = settledPath("RESOLVED", d, s.from().plusDays(60), r);
                out.add(petition(s, "B" + (i + 1), weighted(rc.kinds(), r), d, steps, false, r));
            }
            LocalDate afterEnd = min(s.to().plusDays(120), latest);
            for (int i = 0; i < outside.after() && s.to().isBefore(latest); i++) {
                LocalDate d = workingDay(r, s.to().plusDays(1), afterEnd);
                List<Step> steps = r.nextBoolean() ? settledPath("GUIDED", d, afterEnd, r) : List.of();
                out.add(petition(s, "A" + (i + 1), weighted(rc.kinds(), r), d, steps, false, r));
            }
        }
        return out;
    }

    private Petition petition(Scenario s, String key, String kind, LocalDate received, List<Step> steps,
                              boolean inPeriod, Random r) {
        Scenario.Reception rc = s.reception();
        String channel = weighted(rc.channels(), r);
        List<String> domains = new ArrayList<>();
        domains.add(weighted(rc.domains(), r));
        if (r.nextDouble() < 0.25) {
            String second = weighted(rc.domains(), r);
            if (!domains.contains(second)) domains.add(second);
        }
        Scenario.Ward ward = Names.pick(r, s.wards());
        // a joint petition (several signatories, one representative) now and then
        int signatories = r.nextDouble() < 0.06 ? 2 + r.nextInt(5) : 1;
        List<Person> petitioners = new ArrayList<>();
        for (int i = 0; i < signatories; i++) {
            petitioners.add(new Person(Names.person(r), Names.idNumber(r), Names.phone(r), Names.address(r, ward.name())));
        }
        String topic = Texts.topic(domains.get(0), r);
        String title = Texts.title(kind, topic);
        String content = Texts.content(kind, topic, ward.name(), r);
        String subjectKind = switch (kind) {
            case "COMPLAINT" -> r.nextBoolean() ? "DECISION" : "ACT";
            case "DENUNCIATION" -> r.nextDouble() < 0.8 ? "PERSON" : "ORGANISATION";
            default -> r.nextDouble() < 0.5 ? "ORGANISATION" : "OTHER";
        };
        String subjectUnit = Names.pick(r, List.of("UBND phường " + ward.name(), "Phòng Tài nguyên và Môi trường",
                "Phòng Quản lý đô thị", "Ban Quản lý dự án đầu tư xây dựng", "Đội Quản lý trật tự xây dựng đô thị"));
        // the resolution's outcome depends on the kind: recommendations and feedback are answered
        boolean answered = kind.equals("RECOMMENDATION") || kind.equals("FEEDBACK");
        List<Step> fixed = new ArrayList<>();
        for (Step step : steps) {
            fixed.add(step.action().equals("RESOLVE")
                    ? step.withOutcome(answered ? "ANSWERED" : Names.pick(r, List.of("RIGHT", "PARTLY_RIGHT", "WRONG", "WRONG")))
                    : step);
        }
        Petition draft = new Petition(key, kind, channel, List.copyOf(domains), received, List.copyOf(petitioners),
                subjectKind, subjectUnit, title, content, ward.code(), List.copyOf(fixed), null, inPeriod);
        return new Petition(key, kind, channel, draft.domains(), received, draft.petitioners(), subjectKind, subjectUnit,
                title, content + " (" + draft.registerReference() + ")", ward.code(), draft.steps(), null, inPeriod);
    }

    /** Transitions that bring a petition received on {@code d} to {@code outcome}, all dated by {@code end}. */
    private List<Step> settledPath(String outcome, LocalDate d, LocalDate end, Random r) {
        List<String> actions = switch (outcome) {
            case "RESOLVED" -> List.of("ACCEPT", "START_VERIFICATION", "RESOLVE");
            case "CLOSED" -> List.of("ACCEPT", "START_VERIFICATION", "RESOLVE", "CLOSE");
            case "WITHDRAWN" -> List.of("ACCEPT", "WITHDRAW");
            case "GUIDED" -> List.of("GUIDE");
            case "TRANSFERRED" -> List.of("TRANSFER");
            case "NOT_ACCEPTED" -> List.of("NOT_ACCEPT");
            case "FILED" -> List.of("FILE");
            default -> throw new IllegalArgumentException("not a settled status: " + outcome);
        };
        return dated(actions, d, end, r);
    }

    private List<Step> progressPath(String status, LocalDate d, LocalDate end, Random r) {
        List<String> actions = switch (status) {
            case "RECEIVED" -> List.of();
            case "ACCEPTED" -> List.of("ACCEPT");
            case "UNDER_VERIFICATION" -> List.of("ACCEPT", "START_VERIFICATION");
            default -> throw new IllegalArgumentException("not an in-progress status: " + status);
        };
        return dated(actions, d, end, r);
    }

    /** Settles, after the period, a petition that was in progress on its last day. */
    private List<Step> settleAfter(List<Step> steps, LocalDate to, Random r) {
        if (!to.isBefore(latest)) return steps;
        List<String> rest = new ArrayList<>();
        if (steps.isEmpty()) rest.add("ACCEPT");
        if (steps.size() < 2) rest.add("START_VERIFICATION");
        rest.add("RESOLVE");
        // dated() adds at least one day to its start: every later step falls after `to`
        List<Step> all = new ArrayList<>(steps);
        all.addAll(dated(rest, to, min(to.plusDays(75), latest), r));
        return all;
    }

    private static final Map<String, String> STATUS_AFTER = Map.of(
            "ACCEPT", "ACCEPTED", "START_VERIFICATION", "UNDER_VERIFICATION", "RESOLVE", "RESOLVED",
            "CLOSE", "CLOSED", "WITHDRAW", "WITHDRAWN", "GUIDE", "GUIDED", "TRANSFER", "TRANSFERRED",
            "NOT_ACCEPT", "NOT_ACCEPTED", "FILE", "FILED");

    private static final List<String> AGENCIES = List.of("Công an quận Bắc Từ Liêm", "Tòa án nhân dân quận",
            "Sở Tài nguyên và Môi trường Hà Nội", "Sở Xây dựng Hà Nội", "Viện Kiểm sát nhân dân quận",
            "Chi cục Thuế khu vực", "Thanh tra thành phố Hà Nội");

    /**
     * Dates steps like an office does: acceptance within the statutory 10 days, verification a few
     * days later, resolution within about 30–45 days; compressed evenly if the end comes first.
     */
    private List<Step> dated(List<String> actions, LocalDate start, LocalDate end, Random r) {
        List<Step> steps = new ArrayList<>();
        LocalDate d = start;
        for (String a : actions) {
            int gap = switch (a) {
                case "ACCEPT", "GUIDE", "TRANSFER", "NOT_ACCEPT", "FILE" -> 1 + r.nextInt(9);
                case "START_VERIFICATION" -> 1 + r.nextInt(6);
                case "RESOLVE" -> 14 + r.nextInt(35);
                case "WITHDRAW" -> 3 + r.nextInt(20);
                default -> 2 + r.nextInt(10);
            };
            d = d.plusDays(gap);
            String ground = switch (a) {
                case "NOT_ACCEPT" -> Names.pick(r, List.of("ALREADY_RESOLVED_FINAL", "TIME_LIMIT_EXPIRED",
                        "NOT_WITHIN_COMPETENCE", "NOT_SPECIFIC_ENOUGH", "NO_LEGAL_INTEREST"));
                case "FILE" -> Names.pick(r, List.of("DUPLICATE", "DUPLICATE", "NOT_PROCESSABLE"));
                default -> null;
            };
            steps.add(new Step(a, STATUS_AFTER.get(a), d, Texts.documentReference(a, d, r), Texts.stepNote(a, r),
                    null, a.equals("TRANSFER") ? Names.pick(r, AGENCIES) : null, ground));
        }
        if (!steps.isEmpty() && steps.get(steps.size() - 1).date().isAfter(end)) {
            // not enough time: spread the steps evenly between start and end
            long room = Math.max(0, ChronoUnit.DAYS.between(start, end));
            List<Step> squeezed = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                LocalDate date = start.plusDays(room * (i + 1) / steps.size());
                squeezed.add(s.on(date));
            }
            return squeezed;
        }
        return steps;
    }

    // ---------------------------------------------------------------- reception visits

    private List<Visit> visits(Scenario s, List<Petition> petitions, Random r) {
        Scenario.Reception rc = s.reception();
        List<Petition> inPerson = petitions.stream().filter(p -> p.inPeriod() && p.channel().equals("AT_RECEPTION")).toList();
        int total = rc.visits();
        int groups = rc.groupVisits();
        if (inPerson.size() > total) {
            throw new IllegalArgumentException("reception.visits (" + total + ") is smaller than the "
                    + inPerson.size() + " petitions handed in person: raise visits or lower the AT_RECEPTION weight");
        }
        // people per visit: 1 for most, 2 for some, 5+ for group visits, summing exactly to personVisits
        int[] people = new int[total];
        java.util.Arrays.fill(people, 1);
        int extra = rc.personVisits() - total;
        List<Integer> groupIdx = new ArrayList<>();
        List<Integer> all = new ArrayList<>(IntStream.range(0, total).boxed().toList());
        java.util.Collections.shuffle(all, r);
        for (int g = 0; g < groups; g++) {
            groupIdx.add(all.get(g));
            people[all.get(g)] = 5;
            extra -= 4;
        }
        List<Integer> singles = all.subList(groups, total);
        int singlesTwo = 0;
        while (extra > 0) {
            boolean toGroup = groups > 0 && (singlesTwo >= singles.size() || r.nextDouble() < 0.55);
            if (toGroup) {
                int g = groupIdx.get(r.nextInt(groups));
                if (people[g] >= 60) continue;
                int add = Math.min(extra, 1 + r.nextInt(6));
                add = Math.min(add, 60 - people[g]);
                people[g] += add;
                extra -= add;
            } else {
                people[singles.get(singlesTwo++)] = 2;
                extra--;
            }
        }
        // the in-person petitions are handed in during visits on their received date
        List<Visit> visits = new ArrayList<>();
        java.util.Set<Integer> groupSet = new java.util.HashSet<>(groupIdx);
        // group visits take in-person petitions first (a group hands in one joint petition)
        List<Integer> slotOrder = new ArrayList<>(groupIdx);
        for (int i : all) if (!groupSet.contains(i)) slotOrder.add(i);
        Map<Integer, Petition> slotPetition = new HashMap<>();
        for (int k = 0; k < inPerson.size(); k++) slotPetition.put(slotOrder.get(k), inPerson.get(k));
        for (int i = 0; i < total; i++) {
            boolean group = groupSet.contains(i);
            Petition p = slotPetition.get(i);
            LocalDate date = p != null ? p.receivedDate() : workingDay(r, s.from(), s.to());
            java.time.LocalDateTime at = date.atTime(r.nextBoolean() ? 8 + r.nextInt(4) : 13 + r.nextInt(4), 5 * r.nextInt(12));
            double session = r.nextDouble();
            String kind = session < 0.15 ? "PERIODIC_LEADER" : session < 0.2 ? "AD_HOC" : "REGULAR";
            String outcome = p != null ? "PETITION_RECEIVED" : r.nextDouble() < 0.8 ? "GUIDANCE_GIVEN" : "OTHER";
            String topic = p != null ? p.title() : Texts.title(weighted(rc.kinds(), r), Texts.topic(weighted(rc.domains(), r), r));
            String summary = (group ? "Đoàn " + people[i] + " công dân" : people[i] == 2 ? "Hai công dân" : "Công dân")
                    + " " + topic.substring(0, 1).toLowerCase() + topic.substring(1) + "."
                    + (p == null ? (outcome.equals("GUIDANCE_GIVEN") ? " Đã hướng dẫn, giải thích theo quy định." : " Đã ghi nhận ý kiến.")
                    : " Đã tiếp nhận đơn.");
            visits.add(new Visit("V" + (i + 1), at, kind, people[i], group, outcome, summary,
                    "Trụ sở Tiếp công dân " + s.unitName(), Names.person(r),
                    kind.equals("PERIODIC_LEADER") ? Names.pick(r, List.of("Chủ tịch UBND", "Phó Chủ tịch UBND")) + " " + s.unitName() : null,
                    p != null ? List.of(p.key()) : List.of()));
        }
        visits.sort(Comparator.comparing(Visit::visitAt));
        return visits;
    }

    // ---------------------------------------------------------------- party organisations, members, teams

    /** Unit-derived prefix of organisation and member codes (codes are unique service-wide). */
    static String codePrefix(Scenario s) {
        return s.unit().replace(".", "");
    }

    /**
     * Grassroots committees (a ward's party committee at the ward's unit, or a bloc committee at the
     * district), the cells beneath them, and the district inspection commission whose officials
     * staff the teams.
     */
    private List<Organisation> organisations(Scenario s, Random r) {
        String prefix = codePrefix(s);
        List<Organisation> out = new ArrayList<>();
        out.add(new Organisation("UBKT", prefix + "-UBKT", "OTHER_COMMITTEE", "Ủy ban Kiểm tra " + s.unitName(),
                s.unit(), null));
        int committees = s.inspection().partyOrganisations().getOrDefault("GRASSROOTS_COMMITTEE", 0);
        List<Organisation> parents = new ArrayList<>();
        for (int i = 0; i < committees; i++) {
            boolean wardCommittee = i < s.wards().size();
            Scenario.Ward ward = s.wards().get(i % s.wards().size());
            String name = wardCommittee ? "Đảng ủy phường " + ward.name() : "Đảng ủy khối cơ quan số " + (i - s.wards().size() + 1)
                    + " " + s.unitName();
            Organisation o = new Organisation("GO" + (i + 1), String.format("%s-DU-%02d", prefix, i + 1),
                    "GRASSROOTS_COMMITTEE", name, wardCommittee ? ward.code() : s.unit(), null);
            out.add(o);
            parents.add(o);
        }
        int cells = s.inspection().partyOrganisations().getOrDefault("PARTY_CELL", 0);
        for (int i = 0; i < cells; i++) {
            Organisation parent = parents.isEmpty() ? null : parents.get(i % parents.size());
            String place = parent != null && !parent.unitPath().equals(s.unit())
                    ? parent.name().replace("Đảng ủy ", "") : s.unitName();
            out.add(new Organisation("PO" + (i + 1), String.format("%s-CB-%03d", prefix, i + 1), "PARTY_CELL",
                    Texts.cellName(i, place), parent == null ? s.unit() : parent.unitPath(),
                    parent == null ? null : parent.key()));
        }
        return out;
    }

    private List<Member> members(Scenario s, List<Organisation> orgs, Random r) {
        String prefix = codePrefix(s);
        List<Organisation> homes = orgs.stream().filter(o -> !o.kind().equals("OTHER_COMMITTEE")).toList();
        List<Member> out = new ArrayList<>();
        int managed = s.inspection().standingCommitteeManagedMembers();
        for (int i = 0; i < s.inspection().partyMembers(); i++) {
            boolean scm = i < managed;
            // standing-committee-managed cadres sit in grassroots committees; others anywhere
            List<Organisation> where = scm ? homes.stream().filter(o -> o.kind().equals("GRASSROOTS_COMMITTEE")).toList() : homes;
            if (where.isEmpty()) where = homes;
            Organisation org = where.get(r.nextInt(where.size()));
            String position = scm ? Names.pick(r, List.of("Bí thư Đảng ủy phường", "Chủ tịch UBND phường",
                    "Trưởng phòng Tài nguyên và Môi trường", "Trưởng phòng Quản lý đô thị", "Phó Chủ tịch UBND phường"))
                    : Names.position(r);
            out.add(new Member("M" + (i + 1), String.format("%s-DV-%04d", prefix, i + 1), Names.person(r), position,
                    org.key(), scm));
        }
        return out;
    }

    /** Officials of the inspection commission, who lead and staff the teams (never their targets). */
    private List<Member> staff(Scenario s, Random r) {
        String prefix = codePrefix(s);
        List<Member> out = new ArrayList<>();
        List<String> positions = List.of("Chủ nhiệm Ủy ban Kiểm tra", "Phó Chủ nhiệm Ủy ban Kiểm tra",
                "Phó Chủ nhiệm Ủy ban Kiểm tra", "Ủy viên Ủy ban Kiểm tra", "Ủy viên Ủy ban Kiểm tra",
                "Ủy viên Ủy ban Kiểm tra", "Cán bộ Ủy ban Kiểm tra", "Cán bộ Ủy ban Kiểm tra", "Cán bộ Ủy ban Kiểm tra",
                "Cán bộ Ủy ban Kiểm tra", "Cán bộ Ban Tổ chức", "Cán bộ Văn phòng Quận ủy");
        for (int i = 0; i < positions.size(); i++) {
            out.add(new Member("S" + (i + 1), String.format("%s-KT-%02d", prefix, i + 1), Names.person(r),
                    positions.get(i), "UBKT", false));
        }
        return out;
    }

    private List<Team> teams(Scenario s, List<Organisation> orgs, List<Member> members, List<Member> staff, Random r) {
        List<Team> out = new ArrayList<>();
        List<Member> managed = members.stream().filter(Member::standingCommitteeManaged).toList();
        List<Member> others = members.stream().filter(m -> !m.standingCommitteeManaged()).toList();
        Map<String, Integer> numbering = new LinkedHashMap<>();
        int teamNo = 0;
        for (Scenario.TeamGroup g : s.inspection().teamGroups()) {
            List<Organisation> pool = orgs.stream().filter(o -> o.kind().equals(g.organisationKind())).toList();
            if (g.distinctOrganisations() != null) pool = sample(pool, g.distinctOrganisations(), r);
            int[] orgCount = spread(g.organisationOccurrences(), g.teams(), pool.size(), r);
            List<Organisation> unused = new ArrayList<>(pool);
            // every team needs at least one target: members go first to teams without organisations
            int[] memberCount = new int[g.teams()];
            int m = g.memberOccurrences();
            for (int t = 0; t < g.teams() && m > 0; t++) {
                if (orgCount[t] == 0) { memberCount[t]++; m--; }
            }
            while (m > 0) { memberCount[r.nextInt(g.teams())]++; m--; }
            int managedLeft = g.standingCommitteeManagedMembers();
            List<LocalDate> dates = new ArrayList<>();
            for (int t = 0; t < g.teams(); t++) dates.add(workingDay(r, g.from(), g.to()));
            dates.sort(Comparator.naturalOrder());
            boolean violations = g.basis().equals("SIGNS_OF_VIOLATION");
            for (int t = 0; t < g.teams(); t++) {
                List<Target> targets = new ArrayList<>();
                for (Organisation o : pickOrganisations(pool, unused, orgCount[t], g.distinctOrganisations() != null, r)) {
                    targets.add(new Target("ORGANISATION", o.key()));
                }
                int scm = Math.min(managedLeft, memberCount[t]);
                managedLeft -= scm;
                for (Member mb : sample(managed, scm, r)) targets.add(new Target("MEMBER", mb.key()));
                for (Member mb : sample(others, memberCount[t] - scm, r)) targets.add(new Target("MEMBER", mb.key()));
                LocalDate decided = dates.get(t);
                String suffix = g.decisionSuffix() == null ? "QĐ/QU" : g.decisionSuffix();
                int no = numbering.merge(suffix + decided.getYear(), 1 + r.nextInt(4), Integer::sum);
                String decisionNumber = no + "-" + suffix;
                List<Member> crew = sample(staff, 3 + r.nextInt(3), r);
                LocalDate started = min(decided.plusDays(3 + r.nextInt(10)), latest);
                Conclusion conclusion = null;
                LocalDate concluded = started.plusDays(20 + r.nextInt(30));
                if (r.nextDouble() < g.concludedShare() && !concluded.isAfter(latest)) {
                    List<Plan.Finding> findings = new ArrayList<>();
                    for (Target x : targets) {
                        boolean member = x.targetType().equals("MEMBER");
                        if (violations) {
                            boolean serious = r.nextDouble() < 0.4;
                            findings.add(new Plan.Finding(Texts.finding(true, r), serious ? "SERIOUS" : "MINOR",
                                    member ? (serious ? "WARNING" : "REPRIMAND") : (serious ? "REPRIMAND" : "NONE")));
                        } else {
                            boolean minor = r.nextDouble() < 0.12;
                            findings.add(new Plan.Finding(Texts.finding(minor, r), minor ? "MINOR" : "NONE", "NONE"));
                        }
                    }
                    List<Recommendation> recs = new ArrayList<>();
                    for (int k = 0; k < (violations ? 2 : r.nextInt(3)); k++) {
                        Scenario.Ward w = Names.pick(r, s.wards());
                        recs.add(new Recommendation(Texts.recommendation(r), w.code(), concluded.plusDays(30 + r.nextInt(60))));
                    }
                    String ref = no + "-TB/" + suffix.substring(suffix.indexOf('/') + 1);
                    // district teams publish their results (công khai), without naming inspected members
                    boolean publish = !g.initiatingLevel().equals("GRASSROOTS_COMMITTEE");
                    LocalDate published = concluded.plusDays(3 + r.nextInt(10));
                    conclusion = new Conclusion(concluded, ref, List.copyOf(findings), List.copyOf(recs),
                            publish ? Texts.conclusion(g.kind(), r) : null,
                            publish && !published.isAfter(latest) ? published : null);
                }
                out.add(new Team("T" + (++teamNo), g.label(), g.kind(), g.basis(), g.initiatingLevel(), decisionNumber,
                        decided, crew.get(0).key(), crew.subList(1, crew.size()).stream().map(Member::key).toList(),
                        g.domains() == null ? List.of() : List.copyOf(g.domains()), List.copyOf(targets), started,
                        conclusion));
            }
        }
        return out;
    }

    /**
     * The organisations one team targets: when the group has a fixed set of distinct organisations,
     * the not-yet-targeted ones first, so that every one of them is targeted at least once.
     */
    private static List<Organisation> pickOrganisations(List<Organisation> pool, List<Organisation> unused, int n,
                                                        boolean coverAll, Random r) {
        if (!coverAll) return sample(pool, n, r);
        List<Organisation> chosen = new ArrayList<>();
        while (chosen.size() < n && !unused.isEmpty()) chosen.add(unused.remove(r.nextInt(unused.size())));
        List<Organisation> rest = new ArrayList<>(pool);
        rest.removeAll(chosen);
        chosen.addAll(sample(rest, n - chosen.size(), r));
        return chosen;
    }

    /** Splits {@code total} occurrences over {@code teams}, at most {@code cap} per team, at least one each while they last. */
    private static int[] spread(int total, int teams, int cap, Random r) {
        int[] c = new int[teams];
        int left = total;
        for (int t = 0; t < teams && left > 0; t++) { c[t] = 1; left--; }
        while (left > 0) {
            int t = r.nextInt(teams);
            if (c[t] < cap) { c[t]++; left--; }
        }
        return c;
    }

    private static <T> List<T> sample(List<T> pool, int n, Random r) {
        if (n > pool.size()) throw new IllegalArgumentException("not enough subjects: need " + n + " of " + pool.size());
        List<T> copy = new ArrayList<>(pool);
        java.util.Collections.shuffle(copy, r);
        return copy.subList(0, n);
    }

    // ---------------------------------------------------------------- helpers

    /** Exactly {@code n} values distributed by weight (largest remainder), in random order. */
    static List<String> exactMix(Map<String, Integer> weights, int n, Random r) {
        Map<String, Integer> sorted = new java.util.TreeMap<>(weights);
        int sum = sorted.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int assigned = 0;
        for (var e : sorted.entrySet()) {
            double exact = (double) n * e.getValue() / sum;
            counts.put(e.getKey(), (int) Math.floor(exact));
            assigned += (int) Math.floor(exact);
            remainders.add(Map.entry(e.getKey(), exact - Math.floor(exact)));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (int i = 0; i < n - assigned; i++) counts.merge(remainders.get(i).getKey(), 1, Integer::sum);
        List<String> out = new ArrayList<>();
        counts.forEach((k, c) -> { for (int i = 0; i < c; i++) out.add(k); });
        java.util.Collections.shuffle(out, r);
        return out;
    }

    static String weighted(Map<String, Integer> weights, Random r) {
        Map<String, Integer> sorted = new java.util.TreeMap<>(weights);
        int sum = sorted.values().stream().mapToInt(Integer::intValue).sum();
        int x = r.nextInt(sum);
        for (var e : sorted.entrySet()) {
            x -= e.getValue();
            if (x < 0) return e.getKey();
        }
        throw new IllegalStateException();
    }

    /** A Monday–Saturday date in [from, to] (offices receive citizens on Saturday mornings too). */
    private static LocalDate workingDay(Random r, LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate d = from.plusDays(span <= 0 ? 0 : (long) (r.nextDouble() * (span + 1)));
            if (d.getDayOfWeek() != DayOfWeek.SUNDAY) return d;
        }
        return from;
    }

    private static LocalDate clamp(LocalDate d, LocalDate lo, LocalDate hi) {
        return d.isBefore(lo) ? lo : d.isAfter(hi) ? hi : d;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
