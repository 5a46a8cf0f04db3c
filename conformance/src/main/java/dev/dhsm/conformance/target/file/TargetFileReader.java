package dev.dhsm.conformance.target.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a target file (YAML) into a {@link TargetFile}. It refuses, with the key's path, anything it does not know
 * and any secret written in the file: passwords and tokens come from the environment, and the file only names the
 * variable ({@code passwordEnv: DHSM_ADMIN_PASSWORD}).
 */
public final class TargetFileReader {
    /** Keys that would hold a secret's value; the {@code ...Env} keys that name a variable are fine. */
    private static final Pattern SECRET_KEY = Pattern.compile(
            ".*(password|passwd|secret|token|passphrase|pin|credential|apikey|privatekey)", Pattern.CASE_INSENSITIVE);

    private TargetFileReader() {
    }

    public static TargetFile read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new TargetFileException("target file " + file + " does not exist");
        } catch (IOException e) {
            throw new TargetFileException("cannot read target file " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(text, file);
        } catch (TargetFileException e) {
            throw new TargetFileException("target file " + file + ": " + e.getMessage(), e);
        }
    }

    static TargetFile parse(String yaml, Path source) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (JacksonException e) {
            throw new TargetFileException("not valid YAML: " + e.getOriginalMessage(), e);
        }
        refuseSecrets("", root);
        YamlSection top = new YamlSection("", root);
        TargetKind kind = TargetKind.parse(top.text("kind", "any"));
        String defaultName = source.getFileName() == null ? kind.word()
                : source.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = top.optText("name").orElse(defaultName);
        boolean disposable = top.bool("disposable");
        TargetFile.Expectations expect = top.section("expect").map(TargetFileReader::expectations)
                .orElse(TargetFile.Expectations.defaults());
        Optional<TargetFile.ArmSection> arm = top.section("arm").map(s -> arm(s));
        Path base = source.toAbsolutePath().getParent();
        TargetFile file = switch (kind) {
            case EMULATOR -> new TargetFile(kind, name, true, Optional.empty(), Optional.empty(), 1792,
                    Optional.empty(), top.list("partitions"), expect, arm, source);
            case REMOTE_EMULATOR -> new TargetFile(kind, name, true,
                    Optional.of(control(top.required("control", kind.word()), base)), Optional.empty(), 1792,
                    Optional.empty(), top.list("partitions"), expect, arm, source);
            case APPLIANCE -> new TargetFile(kind, name, disposable, Optional.empty(),
                    Optional.of(ssh(top.required("ssh", kind.word()))), top.integer("ntlsPort", 1792),
                    top.section("lunacm").map(s -> lunacm(s, base)), top.list("partitions"), expect, arm, source);
        };
        if (kind != TargetKind.APPLIANCE && root.has("disposable") && !disposable) {
            throw new TargetFileException("an emulator is always disposable; 'disposable' applies to appliance targets");
        }
        top.finish();
        return file;
    }

    private static void refuseSecrets(String path, JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                String where = path.isEmpty() ? key : path + "." + key;
                if (SECRET_KEY.matcher(key).matches() && !key.toLowerCase(Locale.ROOT).endsWith("env")) {
                    throw new TargetFileException("'" + where + "' would put a secret in the file; secrets come from the "
                            + "environment: name the variable instead ('" + key + "Env: SOME_VARIABLE')");
                }
                refuseSecrets(where, e.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(item -> refuseSecrets(path, item));
        }
    }

    private static TargetFile.ControlSection control(YamlSection s, Path base) {
        String url = s.text("url", "remote-emulator");
        if (!url.startsWith("https://")) {
            throw new TargetFileException("'control.url' must be an https:// address (the control API is served over TLS)");
        }
        TargetFile.ControlSection c = new TargetFile.ControlSection(url.endsWith("/") ? url : url + "/",
                base.resolve(s.text("caFile", "remote-emulator")), s.optText("appliance"), s.optText("host"));
        s.finish();
        return c;
    }

    private static TargetFile.SshSection ssh(YamlSection s) {
        TargetFile.SshSection ssh = new TargetFile.SshSection(s.text("host", "appliance"), s.integer("port", 22),
                s.optText("account").orElse("tenantadmin"), s.text("passwordEnv", "appliance"),
                s.optText("auditorPasswordEnv"));
        s.finish();
        return ssh;
    }

    private static TargetFile.LunacmSection lunacm(YamlSection s, Path base) {
        TargetFile.LunacmSection l = new TargetFile.LunacmSection(base.resolve(s.text("binary", "appliance")),
                base.resolve(s.text("chrystokiConf", "appliance")));
        s.finish();
        return l;
    }

    private static TargetFile.Expectations expectations(YamlSection s) {
        TargetFile.Expectations d = TargetFile.Expectations.defaults();
        TargetFile.Expectations e = new TargetFile.Expectations(s.integer("policy15", d.policy15()),
                s.integer("coLockoutThreshold", d.coLockoutThreshold()),
                s.integer("minCertificateDays", d.minCertificateDays()));
        if (e.policy15() != 0 && e.policy15() != 1) {
            throw new TargetFileException("'expect.policy15' must be 0 or 1");
        }
        s.finish();
        return e;
    }

    private static TargetFile.ArmSection arm(YamlSection s) {
        Optional<String> tokenEnv = s.optText("tokenEnv");
        String tokenFrom = s.optText("tokenFrom").orElse(tokenEnv.isPresent() ? "environment" : "az");
        if (!tokenFrom.equals("az") && !tokenFrom.equals("environment")) {
            throw new TargetFileException("'arm.tokenFrom' must be 'environment' (with tokenEnv) or 'az'");
        }
        if (tokenFrom.equals("environment") && tokenEnv.isEmpty()) {
            throw new TargetFileException("'arm.tokenFrom: environment' needs 'arm.tokenEnv'");
        }
        TargetFile.ArmSection arm = new TargetFile.ArmSection(s.optText("endpoint").orElse("https://management.azure.com/"),
                s.text("subscription", "ARM"), s.text("resourceGroup", "ARM"), tokenEnv, tokenFrom.equals("az"),
                s.optText("tenant"), s.optText("location"), s.optText("virtualNetwork"), s.optText("hsmSubnet"),
                s.optText("gateway"), s.optText("addressSpace"), s.optText("hsmSubnetRange"));
        s.finish();
        return arm;
    }
}
