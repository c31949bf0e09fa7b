/// Every rule bus-docs knows, in id order. A new rule is one file under `Rules/` and one line here.
public enum RuleCatalog {
    public static let all: [any Rule] = [
        InputRule(),
        StructureRule(),
        UnknownKeyRule(),
        MandatoryServicesRule(),
        BothPrincipalsRule(),
        SteeringGroupRule(),
        SteeringGroupMembersRule(),
        MeetingCadenceRule(),
        IndividualForumRule(),
        DeviationRoutineRule(),
        WrittenConsentRule(),
        SIPRoutineRule(),
        SchoolSIPWordingRule(),
        FollowUpRule(),
        ValidityDatesRule(),
        SignatoriesRule(),
        ReferencesRule(),
        RequiredSectionsRule(),
        OutdatedTermsRule(),
        IndependentSchoolsRule(),
        PersonalIdentityNumbersRule(),
        CoordinatingHealthCentreRule(),
    ].sorted { $0.id < $1.id }
}
