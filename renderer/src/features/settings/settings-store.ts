import { create } from 'zustand';

export const SETTINGS_SECTIONS = [
  'restaurant',
  'services',
  'offers',
  'rooms',
  'platforms',
  'relay',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

interface SettingsState {
  section: SettingsSection;
  setSection: (section: SettingsSection) => void;
}

/** UI state of the settings screen: which section is open. */
export const useSettingsStore = create<SettingsState>((set) => ({
  section: 'restaurant',
  setSection: (section) => set({ section }),
}));
