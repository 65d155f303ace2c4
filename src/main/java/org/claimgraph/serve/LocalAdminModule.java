package org.claimgraph.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.FusekiConfigException;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.ActionBackup;
import org.apache.jena.fuseki.mgt.ActionBackupList;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki admin API ({@code /$/server}, {@code /$/datasets}, {@code /$/backup},
 * {@code /$/compact}, {@code /$/tasks}, {@code /$/stats}, {@code /$/ping}), as
 * {@code org.apache.jena.fuseki.mod.admin.FMod_Admin} of Fuseki 5.6.0 sets it up, but with
 * its work area ("FUSEKI_BASE": backups, logs, templates, datasets created through the
 * admin API) inside the store instead of {@code ./run}. FMod_Admin takes that directory
 * only from the command line or the FUSEKI_BASE setting.
 * <p>
 * Access control is not done here: the Shiro module ({@code FMod_Shiro} with
 * fuseki-config/shiro.ini) lets only localhost reach {@code /$/*}.
 */
final class LocalAdminModule implements FusekiModule {

    private final Path base;

    LocalAdminModule(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return "claimgraph admin";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        FusekiServerCtl serverCtl = new FusekiServerCtl(base);
        serverCtl.setup();
        // FMod_UI finds the server control here (and needs it to start).
        builder.addServletAttribute(Fuseki.attrFusekiServerCtl, serverCtl);

        // Datasets created earlier through the admin API (or the UI's "new dataset").
        List<org.apache.jena.fuseki.server.DataAccessPoint> created =
                FusekiConfig.readConfigurationDirectory(FusekiServerCtl.dirConfiguration.toString());
        for (var dap : created) {
            if (datasetNames.contains(dap.getName()))
                throw new FusekiConfigException("dataset " + dap.getName() + " is both in the configuration and in "
                        + FusekiServerCtl.dirConfiguration);
            builder.add(dap.getName(), dap.getDataService());
        }

        ActionCtl backup = new ActionBackup();
        builder.addServlet("/$/datasets/*", new ActionDatasets())
               .addServlet("/$/server", new ActionServerStatus())
               .addServlet("/$/backup/*", backup)
               .addServlet("/$/backups/*", backup)
               .addServlet("/$/backups-list", new ActionBackupList())
               .enableTasks(true)
               .enableStats(true)
               .enablePing(true)
               .enableCompact(true);
    }

    @Override
    public void serverReload(FusekiServer server) {}
}
