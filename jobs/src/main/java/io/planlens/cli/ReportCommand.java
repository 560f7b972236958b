package io.planlens.cli;

import io.planlens.jobs.Sessions;
import io.planlens.jobs.render.ReportJob;
import io.planlens.jobs.store.Warehouse;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Renders the charts (charts/, PNG and SVG) and the exported notebooks (notebooks/, .ipynb and .html)",
                "from an existing warehouse, without ingesting anything."})
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--year", description = "Plan year of the annual summary and comparisons. Default: the latest plan year in the warehouse.")
    Integer year;

    @Option(names = "--province", description = "Only this province (its name as in plans.csv, e.g. \"Lào Cai\"). Default: all provinces.")
    String province;

    @Option(names = "--out", description = "Output folder holding warehouse/; charts/ and notebooks/ are written there. Default: out/samples")
    String out;

    @Mixin
    SparkOptions spark;

    @Override
    public Integer call() {
        String o = out == null ? Defaults.sampleOut() : out;
        SparkSession session = Sessions.create(spark.master, spark.verbose);
        try {
            Warehouse wh = new Warehouse(session, o);
            if (!wh.exists(Warehouse.PLANS)) {
                System.err.println("planlens report: no warehouse at " + wh.root() + " (run `planlens pipeline --out " + o + "` first)");
                return 2;
            }
            ReportJob.Result r = ReportJob.run(wh, o, year, province == null || province.isBlank() ? null : province.strip());
            for (String n : r.notes()) {
                System.out.println("  note: " + n);
            }
            if (r.year() == null) {
                return 1;
            }
            System.out.printf("PlanLens report %d%s: %d chart files in %s/charts/, %d notebook files in %s/notebooks/%n",
                    r.year(), province == null ? "" : " (" + province + ")", r.charts().size(), o, r.notebooks().size(), o);
            return 0;
        } finally {
            session.stop();
        }
    }
}
