package vn.minhbach.inspections;

/** What a team target is: a party organisation or a party member. */
public enum TargetType {
    ORGANISATION, MEMBER
}
