package cn.fuwukuaiche.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/**
 * The one in-container test class (each Arquillian deployment starts a Payara Micro, about a minute): the real WAR
 * on a fresh database (in-memory H2, or MySQL/MariaDB with -Pmysql), checked through its services.
 *
 * <p>The tests live in one file per area, and the areas form one class hierarchy that ends here, so JUnit runs every
 * inherited test in this one deployment:
 * {@link ServicesITBase} (what every area uses) ← {@link FoundationServicesIT} ← {@link OrgServicesIT}
 * ← {@link NetworkServicesIT} ← {@link RatingServicesIT} ← {@link AssessmentServicesIT} ← {@link ContestServicesIT}
 * ← {@link HonourServicesIT} ← {@link StarServicesIT} ← {@link AppraisalServicesIT} ← {@link PartyLifeServicesIT} ← {@link ActivityServicesIT} ← {@link YearReportServicesIT} ← {@link WorkbenchServicesIT} ← {@link PipelineServicesIT} ← {@link SupervisionServicesIT} ← ServicesIT. Why a hierarchy and not {@code @Nested} classes or
 * one deployment per area class: Arquillian 1.10.2 runs {@code @Nested} classes outside the container
 * (arquillian-core issue 773, fixed after that release), and a deployment per class would start a Payara per area.
 *
 * <p>A feature adds its test methods to its area's file (or a new area class inserted into the hierarchy and added to
 * {@link #deployment()}), never a new deployment. Each test method signs in one account (see
 * {@link cn.fuwukuaiche.it.incontainer.SignIn}) and does not rely on another test having run. Run them all with
 * {@code -Dit.test=ServicesIT}, one with {@code -Dit.test='ServicesIT#method_name'}.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT extends HallServicesIT {

    @Deployment
    static WebArchive deployment() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("app.war", "target/ROOT.war")))
                .as(WebArchive.class);
        war.addPackages(true, "cn.fuwukuaiche.it.incontainer");
        // Arquillian adds the test class itself, not the classes it inherits its tests from
        war.addClasses(ServicesITBase.class, OwnTransactionReads.class, FoundationServicesIT.class, OrgServicesIT.class, NetworkServicesIT.class,
                RatingServicesIT.class, AssessmentServicesIT.class, ContestServicesIT.class, HonourServicesIT.class,
                StarServicesIT.class, AppraisalServicesIT.class, PartyLifeServicesIT.class,
                ActivityServicesIT.class, YearReportServicesIT.class, WorkbenchServicesIT.class, PipelineServicesIT.class,
                SupervisionServicesIT.class, HallServicesIT.class);
        return war;
    }
}
