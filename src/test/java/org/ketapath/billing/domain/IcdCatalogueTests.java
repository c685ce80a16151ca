package org.ketapath.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IcdCatalogueTests {

    final IcdCatalogue catalogue = new IcdCatalogue();

    @Test
    void shouldAcceptABillableCodeWithItsCmsTitle() {
        assertThat(catalogue.lookup("G43.719"))
                .isEqualTo(new IcdCatalogue.Billable(
                        "G43.719", "Chronic migraine without aura, intractable, without status migrainosus"));
        assertThat(catalogue.lookup(" g43719 ")).isInstanceOf(IcdCatalogue.Billable.class);
        assertThat(catalogue.require("diagnoses[0]", "F33.2").code()).isEqualTo("F33.2");
    }

    @Test
    void shouldRefuseACategoryAsNotBillableAndSuggestACompleteCode() {
        assertThat(catalogue.lookup("G43.7")).isInstanceOf(IcdCatalogue.Category.class);
        assertThatThrownBy(() -> catalogue.require("diagnoses[0]", "G43.7"))
                .isInstanceOfSatisfying(BillingRefusal.InvalidInput.class, r -> {
                    assertThat(r.problems().get(0).field()).isEqualTo("diagnoses[0]");
                    assertThat(r.problems().get(0).message()).contains("not a billable code", "G43.70");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"G43.799", "Z99.999", "G43.7190", "43.719", "migraine", "", "G4"})
    void shouldRefuseWhatIsNotACodeOnTheList(String typed) {
        assertThat(catalogue.lookup(typed)).isInstanceOf(IcdCatalogue.Unknown.class);
        assertThatThrownBy(() -> catalogue.require("diagnoses[1]", typed))
                .isInstanceOfSatisfying(
                        BillingRefusal.InvalidInput.class,
                        r -> assertThat(r.problems().get(0).message())
                                .isEqualTo("is not an ICD-10-CM code on our list"));
    }
}
