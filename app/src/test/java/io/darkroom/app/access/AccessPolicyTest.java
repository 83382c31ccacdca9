package io.darkroom.app.access;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessPolicyTest {
    @TempDir
    Path home;

    @Test
    void withoutAnAccessFileEveryKeySeesEverything() {
        AccessPolicy policy = AccessPolicy.read(home);
        assertThat(policy.open()).isTrue();
        assertThat(policy.scopeFor(List.of()).everything()).isTrue();
        assertThat(policy.scopeFor(List.of()).pathVisible("/srv/share/hr/salaries.xlsx")).isTrue();
    }

    @Test
    void theLongestMatchingFolderDecidesAndUnlistedFilesFollowTheUnlistedSetting() throws Exception {
        write("""
                sources:
                  - path: /srv/share
                    groups: [staff]
                  - path: file:///srv/share/hr/
                    groups: [hr]
                unlisted: nobody
                """);
        AccessPolicy policy = AccessPolicy.read(home);
        DataScope staff = policy.scopeFor(List.of("staff"));
        DataScope hr = policy.scopeFor(List.of("hr"));
        assertThat(staff.pathVisible("/srv/share/minutes.docx")).isTrue();
        assertThat(staff.pathVisible("file:/srv/share/hr/salaries.xlsx")).as("hr's folder is more specific").isFalse();
        assertThat(hr.pathVisible("/srv/share/hr/salaries.xlsx")).isTrue();
        assertThat(hr.pathVisible("/srv/share/minutes.docx")).isFalse();
        assertThat(staff.pathVisible("/srv/share-old/a.txt")).as("a prefix ends at a folder boundary").isFalse();
        assertThat(staff.pathVisible("/home/x/notes.txt")).as("unlisted: nobody").isFalse();
        assertThat(policy.scopeFor(List.of("*")).pathVisible("/home/x/notes.txt")).isTrue();
    }

    @Test
    void aDatasetNameRuleWinsOverTheFolderItCameFrom() throws Exception {
        write("""
                sources:
                  - path: /srv/share/sales
                    groups: [sales]
                datasets:
                  - name: "payroll_*"
                    groups: [hr]
                unlisted: everyone
                """);
        AccessPolicy policy = AccessPolicy.read(home);
        DataScope sales = policy.scopeFor(List.of("sales"));
        assertThat(sales.datasetVisible("sales_orders", "/srv/share/sales/orders.xlsx")).isTrue();
        assertThat(sales.datasetVisible("payroll_2024", "/srv/share/sales/payroll.xlsx")).isFalse();
        assertThat(policy.scopeFor(List.of("hr")).datasetVisible("payroll_2024", "/srv/share/sales/payroll.xlsx")).isTrue();
        assertThat(policy.scopeFor(List.of("hr")).datasetVisible("uploaded", "/var/darkroom/uploads/x.csv")).as("unlisted: everyone")
                .isTrue();
    }

    @Test
    void aBrokenAccessFileStopsWithAReasonInsteadOfOpeningEverything() throws Exception {
        write("sources:\n  - path: /srv/share\n");
        assertThatThrownBy(() -> AccessPolicy.read(home)).isInstanceOf(DarkroomException.class)
                .hasMessageContaining("access.yaml").hasMessageContaining("groups")
                .satisfies(e -> assertThat(((DarkroomException) e).code()).isEqualTo(ErrorCode.INVALID_CONFIG));
        write("unlisted: maybe\n");
        assertThatThrownBy(() -> AccessPolicy.read(home)).hasMessageContaining("nobody or everyone");
    }

    @Test
    void keysWithTheSameGroupsShareOneScope() {
        AccessPolicy policy = new AccessPolicy(false, List.of(), List.of(), false);
        assertThat(policy.scopeFor(List.of("a", "b"))).isEqualTo(policy.scopeFor(List.of("b", "a")));
        assertThat(policy.scopeFor(List.of("a"))).isNotEqualTo(policy.scopeFor(List.of("b")));
    }

    private void write(String yaml) throws Exception {
        Files.writeString(home.resolve(AccessPolicy.FILE), yaml);
    }
}
