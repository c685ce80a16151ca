package org.ketapath.assessment.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The sources the eligibility rules and definitions cite, each checked against the publication. */
final class Sources {

    private Sources() {}

    static final Citation COHEN_2018 = Citation.doi(
            "Cohen SP et al. Consensus guidelines on the use of intravenous ketamine infusions for chronic pain"
                    + " (ASRA, AAPM, ASA). Reg Anesth Pain Med 2018;43(5):521-546",
            "10.1097/AAP.0000000000000808");
    static final Citation SANACORA_2017 = Citation.doi(
            "Sanacora G et al. A consensus statement on the use of ketamine in the treatment of mood disorders."
                    + " JAMA Psychiatry 2017;74(4):399-405",
            "10.1001/jamapsychiatry.2017.0080");
    static final Citation SACCO_2020 = Citation.doi(
            "Sacco S et al. European Headache Federation consensus on the definition of resistant and refractory"
                    + " migraine. J Headache Pain 2020;21:76 (PMID 32546227)",
            "10.1186/s10194-020-01130-5");
    static final Citation SCHWENK_2018 = Citation.doi(
            "Schwenk ES et al. Ketamine for refractory headache: a retrospective analysis. Reg Anesth Pain Med"
                    + " 2018;43(8):875-879",
            "10.1097/AAP.0000000000000827");
    static final Citation POMEROY_2017 = Citation.doi(
            "Pomeroy JL et al. Ketamine infusions for treatment refractory headache. Headache 2017;57(2):276-282"
                    + " (PMID 28025837)",
            "10.1111/head.13013");
    static final Citation ETCHISON_2018 = Citation.doi(
            "Etchison AR et al. Low-dose ketamine does not improve migraine in the emergency department: a"
                    + " randomized placebo-controlled trial. West J Emerg Med 2018;19(6):952-960 (PMID 30429927)",
            "10.5811/westjem.2018.8.37875");
    static final Citation LIPTON_2003 = Citation.doi(
            "Lipton RB et al. A self-administered screener for migraine in primary care: the ID Migraine validation"
                    + " study. Neurology 2003;61(3):375-382",
            "10.1212/01.wnl.0000078940.53438.83");
    static final Citation ICHD3 = Citation.doi(
            "Headache Classification Committee of the International Headache Society. The International"
                    + " Classification of Headache Disorders, 3rd edition, 8.2 Medication-overuse headache."
                    + " Cephalalgia 2018;38(1):1-211",
            "10.1177/0333102417738202");
    static final Citation DO_2019 = Citation.doi(
            "Do TP et al. Red and orange flags for secondary headaches in clinical practice: SNNOOP10 list."
                    + " Neurology 2019;92(3):134-144",
            "10.1212/WNL.0000000000006697");
    static final Citation YALE_2024 = Citation.doi(
            "Blood pressure changes during ketamine infusion for the treatment of depression (Yale, 2,342"
                    + " infusions). Gen Hosp Psychiatry 2024 (PMID 38991311)",
            "10.1016/j.genhosppsych.2024.07.001");
    static final Citation KROENKE_2001 = Citation.doi(
            "Kroenke K, Spitzer RL, Williams JB. The PHQ-9: validity of a brief depression severity measure."
                    + " J Gen Intern Med 2001;16(9):606-613 (item 9)",
            "10.1046/j.1525-1497.2001.016009606.x");
    static final Citation LIFELINE_988 = Citation.web("988 Suicide & Crisis Lifeline", "https://988lifeline.org/");
    static final Citation ANDRADE_2017 = Citation.doi(
            "Andrade C. Ketamine for depression, 5: potential pharmacokinetic and pharmacodynamic drug"
                    + " interactions. J Clin Psychiatry 2017;78(7):e858-e861 (PMID 28858450)",
            "10.4088/JCP.17f11802");
    static final Citation ANDRASHKO_2020 = Citation.doi(
            "Andrashko V et al. The antidepressant effect of ketamine is dampened by concomitant benzodiazepine"
                    + " medication. Front Psychiatry 2020;11:844 (PMID 33005153)",
            "10.3389/fpsyt.2020.00844");

    private static final String SPRAVATO_LABEL =
            "https://www.janssenlabels.com/package-insert/product-monograph/prescribing-information/SPRAVATO-pi.pdf";

    /** A section of the US prescribing information of esketamine nasal spray (Spravato). */
    static Citation spravato(String section) {
        return Citation.web("SPRAVATO (esketamine) US prescribing information, section " + section, SPRAVATO_LABEL);
    }

    static final Citation KETALAR = Citation.web(
            "KETALAR (ketamine hydrochloride) US prescribing information: respiratory depression (5.3); lower"
                    + " urinary tract and bladder symptoms with chronic use (6)",
            "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=14e8f864-8b8a-4e7e-8439-e510d3107063");
    static final Citation FDA_2023 = Citation.web(
            "US Food and Drug Administration. FDA warns patients and health care providers about potential risks"
                    + " associated with compounded ketamine products, including oral formulations, for the treatment"
                    + " of psychiatric disorders. 10 October 2023",
            "https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-potential-risks-associated-compounded-ketamine");
    static final Citation SWISS_KETAMINE_LABEL = Citation.web(
            "Ketamine product information approved by Swissmedic (Fachinformation), contraindications: untreated"
                    + " hyperthyroidism; a previous stroke where a rise in blood pressure is a serious hazard",
            "https://ch.oddb.org/en/gcc/fachinfo/reg/67199/chapter/contra_indications");
    static final Citation SPRAVATO_TRIAL_EXCLUSIONS = Citation.web(
            "Janssen Medical Information. Use of SPRAVATO in patients with cardiovascular or cerebrovascular"
                    + " conditions: the phase 3 trials excluded a heart attack, unstable angina or revascularisation in"
                    + " the previous 12 months, and a history of stroke",
            "https://www.jnjmedicalconnect.com/products/spravato/medical-content/use-of-spravato-in-patients-with-cardiovascular-or-cerebrovascular-conditions");

    static List<Citation> of(Citation... citations) {
        return List.of(citations);
    }

    /** The citations in words, for the plain {@code source} text of a reason. */
    static String text(List<Citation> citations) {
        return citations.stream().map(Citation::text).collect(Collectors.joining("; "));
    }

    static String text(Citation... citations) {
        return text(Arrays.asList(citations));
    }
}
