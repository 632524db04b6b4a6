<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConsolePages</name>
    <message>
        <location filename="../console/ui/ConsolePages.cpp" line="+14"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfers</source>
        <translation>Virements bancaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect to a server to see the dashboard.</source>
        <translation>Connectez-vous à un serveur pour voir le tableau de bord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the organizations.</source>
        <translation>Connectez-vous à un serveur pour voir les organisations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the bank transfers awaiting review.</source>
        <translation>Connectez-vous à un serveur pour voir les virements bancaires en attente de vérification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the orders.</source>
        <translation>Connectez-vous à un serveur pour voir les commandes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the payments.</source>
        <translation>Connectez-vous à un serveur pour voir les paiements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the invoices.</source>
        <translation>Connectez-vous à un serveur pour voir les factures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the coupons.</source>
        <translation>Connectez-vous à un serveur pour voir les coupons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the plans.</source>
        <translation>Connectez-vous à un serveur pour voir les forfaits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the audit log.</source>
        <translation>Connectez-vous à un serveur pour voir le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../console/ui/MainWindow.cpp" line="+120"/>
        <source>ESXi Backup Manager Cloud — Console</source>
        <translation>ESXi Backup Manager Cloud — Console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>English</source>
        <comment>language name, written in that language</comment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Français</source>
        <comment>language name, written in that language</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <comment>use the operating system&apos;s language</comment>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About ESXi Backup Manager Cloud</source>
        <translation>À propos d&apos;ESXi Backup Manager Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ESXi Backup Manager Cloud&lt;/h3&gt;&lt;p&gt;Staff console, version %1.&lt;/p&gt;&lt;p&gt;Runs the business: organizations, orders, payments, invoices, coupons and plans.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ESXi Backup Manager Cloud&lt;/h3&gt;&lt;p&gt;Console du personnel, version %1.&lt;/p&gt;&lt;p&gt;Pour piloter l&apos;activité : organisations, commandes, paiements, factures, coupons et forfaits.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
