import type { MessageKey } from './catalog-en';

export const fr: Record<MessageKey, string> = {
  'app.name': 'Couvert',
  'app.tagline': 'Accueil',
  'connection.connected': 'Connecté au poste',
  'connection.connecting': 'Connexion au poste…',
  'connection.disconnected': 'Poste injoignable : reconnexion…',
  'language.toggle': 'Passer en anglais',
  'status.heading': 'État du poste',
  'status.ready': 'Prêt',
  'status.degraded': 'À vérifier',
  'status.loading': 'Interrogation du poste…',
  'status.version': 'Version',
  'status.mode': 'Fonctionne en',
  'status.mode.electron': 'Application de bureau',
  'status.mode.browser': 'Mode navigateur',
  'status.dataDir': 'Dossier de données',
  'status.startedAt': 'Démarré',
  'status.secrets': 'Stockage des secrets',
  'status.secrets.os-keychain': 'Protégés par le trousseau du système',
  'status.secrets.local-key-file':
    'Protégés par une clé rangée dans le dossier de données (le mode navigateur n’a pas de trousseau)',
  'status.secrets.unavailable':
    'Aucun endroit sûr pour les secrets : les mots de passe des plateformes ne peuvent pas être enregistrés sur cet ordinateur',
  'status.runtime': 'Environnement',
  'status.refresh': "Actualiser l'état",
  'error.title': "Le poste n'a pas répondu",
};
