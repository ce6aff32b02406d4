import DyadLexicon
import DyadModel
import DyadSyntax
import DyadText

/// One named rule of the coder: it reads the sentence and the drafts and changes one draft (the
/// one at `index`), recording what it did in the draft's trace.
///
/// The coder runs `EventRule.ordered` over every draft of a sentence, rule by rule, so a later rule
/// sees what the earlier ones decided for every trigger of the sentence (a complement, a shared
/// subject). Each rule is small, named and tested on sentences written for it; the words it
/// reads are lexicon data (`grammar.tsv`, `types.tsv`, `events.tsv`), not Swift literals.
struct EventRule: Sendable {
    /// The name traces print.
    let name: String
    /// What the rule does, in one line (for `dyad code --explain` and docs/commands.md).
    let summary: String
    let body:
        @Sendable (_ drafts: inout [EventDraft], _ index: Int, _ context: SentenceContext, _ rule: EventRule) -> Void

    init(
        _ name: String, _ summary: String,
        _ body:
            @escaping @Sendable (
                _ drafts: inout [EventDraft], _ index: Int, _ context: SentenceContext, _ rule: EventRule
            )
            -> Void
    ) {
        self.name = name
        self.summary = summary
        self.body = body
    }

    /// Runs the rule on one draft unless an earlier rule dropped it.
    func apply(_ drafts: inout [EventDraft], _ index: Int, _ context: SentenceContext) {
        guard drafts[index].dropped == nil else { return }
        body(&drafts, index, context, self)
    }

    /// The rules, in the order they run.
    static let ordered: [EventRule] = [
        .topicFilter, .contestSense, .recordingSense, .mishap, .prospect, .animalSense, .medicalSense, .reflexiveSense,
        .pleaDeal,
        .warStrike,
        .strikeSense,
        .candidacy, .electorateVote, .marketSense,
        .speechRequest,
        .askedParticiple, .complement, .nounPurpose, .questionSense, .ownAim, .background, .reportingFrame,
        .warningThreat, .warningAdvice, .endangerSense, .threatCharacter, .modifierNoun, .stateModifier, .nounReading,
        .lawSigning, .properName,
        .talkSense, .underFire,
        .negation, .conditionClause, .droppedPhrase,
        .arguments, .announcedAct, .agentNationality, .jailerNationality, .patientModifier, .reciprocalParties, .lightVerb,
        .standingAgreement, .actorOfAccused,
        .absentParty, .struckBy,
        .orderedAct,
        .handsAgent,
        .recipientPreposition,
        .objectPhrase,
        .threatRecipient,
        .requestClause, .complementRecipient, .mobilizationAdversary,
        .victimObject, .namedRecipient, .allegedCrime, .reactedAct, .admittedAct,
        .displacedAgent, .numberSubject, .adjacentSubject, .attribution, .quoteSpeaker, .speakerAnaphor,
        .spokenEvaluation,
        .nationalityModifier, .meansActor, .meetingOccasion, .modifiedNounOwner, .eventSubject, .outcomeParticiple,
        .placeSubject, .fragmentSubject, .passiveFrom, .namedActor, .precedingActor, .followingActor, .crimeInquiry,
        .loneParty, .welcomeSense, .hostedOccasion, .testTrial,
        .claimedAct, .warnedAct, .hazardWarning,
        .mediaInterview,
        .campaignRally, .modality, .intent, .hostileVow, .verbalProtest, .verbalAttack, .businessTakeover,
        .serviceCancelled,
        .protestViolence, .civilObstruction,
        .destination, .aidArrival, .officialTravel, .migrateMover,
        .mutualPair, .selfRecipient, .place, .mobilizedPeople, .armedSense, .drillSense, .jointExercise, .fireSense, .metByForce,
        .migrationObject,
        .groundSense,
        .ownStatement,
        .instructedPassive, .impliedActor,
        .plunderContext,
        .placeRecipient,
        .countryFill,
        .warLaunch,
        .impliedRecipient, .unidentifiedActor, .warAdversary, .warFront, .actRecipient, .agentless,
        .placeFallback,
        .date, .quantity, .quantityPeriod,
    ]
}

extension EventDraft {
    /// Records a step when the sentence is being explained (the message is only built then).
    mutating func note(_ rule: EventRule, _ context: SentenceContext, _ message: @autoclosure () -> String) {
        if context.explain { trace.append(TraceStep(rule: rule.name, note: message())) }
    }

    /// Sets the actor side and records where it came from.
    mutating func setSource(_ side: Side?, _ rule: EventRule, _ context: SentenceContext) {
        guard let side else { return }
        source = side
        note(rule, context, "source ← \(side.via) \(Self.describe(side))")
    }

    /// Sets the recipient side and records where it came from.
    mutating func setTarget(_ side: Side?, _ rule: EventRule, _ context: SentenceContext) {
        guard let side else { return }
        target = side
        note(rule, context, "target ← \(side.via) \(Self.describe(side))")
    }

    /// Marks the draft as not an event, with the reason.
    mutating func drop(_ reason: String, _ rule: EventRule, _ context: SentenceContext) {
        dropped = reason
        note(rule, context, "dropped: \(reason)")
    }

    static func describe(_ s: Side) -> String {
        s.actors.map { a in
            "\"\(a.text ?? "-")\" \(a.country?.rawValue ?? "-")/\(a.sector?.rawValue ?? "-")"
        }.joined(separator: " + ")
    }
}
